package uk.org.ncpm.ingest;

/** A file in the input that is recognised but deliberately not ingested, with the reason. */
public record SkippedFile(SourceEntry source, String reason) {
}
