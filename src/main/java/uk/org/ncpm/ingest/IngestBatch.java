package uk.org.ncpm.ingest;

import java.util.List;

/** Everything one ingest run read and validated, for the store to take in one transaction. */
public record IngestBatch(StreetBatch street, List<TableFile> tables) {

    public IngestBatch {
        tables = List.copyOf(tables);
    }
}
