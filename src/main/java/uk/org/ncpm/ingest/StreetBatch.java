package uk.org.ncpm.ingest;

import java.util.List;

/**
 * Everything one ingest run read and validated: the files for the store and the files skipped. Each
 * territorial file's rows are staged as CSV (columns {@link #STAGING_COLUMNS}, keyed by {@link StreetFile#job()}).
 */
public record StreetBatch(List<StreetFile> files, List<SkippedFile> skipped) {

    /** DuckDB column types of the staged rows, for the store's bulk load. */
    public static final String STAGING_COLUMNS = StagingWriter.COLUMNS;

    public StreetBatch {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }
}
