package uk.org.ncpm.store;

import uk.org.ncpm.ingest.StreetFile;
import uk.org.ncpm.ingest.TableFile;

import java.util.List;

/** What one ingest run's commit did, file by file. */
public record CommitResult(List<VintageOutcome<StreetFile>> streets, List<VintageOutcome<TableFile>> tables) {

    public CommitResult {
        streets = List.copyOf(streets);
        tables = List.copyOf(tables);
    }

    /** Whether the run stored anything; a run of unchanged files leaves the store file untouched. */
    public boolean wroteAnything() {
        return streets.stream().anyMatch(VintageOutcome::writes) || tables.stream().anyMatch(VintageOutcome::writes);
    }
}
