package uk.org.ncpm.ingest;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A data.police.uk street file that passed validation, ready to become a vintage in the store.
 *
 * @param job             position in the run, and the key of its rows in the staging file
 * @param forceCode       territorial force, empty when the file was set aside
 * @param rows            data rows in the file
 * @param crimeRecords    rows with a Crime ID
 * @param asbRecords      rows without a Crime ID (anti-social behaviour)
 * @param duplicateIds    rows whose Crime ID repeats an earlier row of the file (kept as published)
 * @param identicalDuplicates crime records identical in every column to an earlier row of the file: kept as
 *                        published, counted once
 * @param setAsideReason  why the whole file is kept out of force and national figures, if it is
 * @param sample          the file is synthetic sample data (every row says so in its Context)
 * @param staged          its normalised rows awaiting the store; empty when set aside
 */
public record StreetFile(int job, SourceEntry source, YearMonth month, String publisher, Optional<String> forceCode,
                         String sha256, long bytes, long rows, long crimeRecords, long asbRecords, long duplicateIds,
                         long identicalDuplicates,
                         Optional<String> setAsideReason, boolean sample, Optional<Path> staged) {

    public long rowsStored() {
        return setAsideReason.isPresent() ? 0 : rows;
    }

    public long rowsSetAside() {
        return setAsideReason.isPresent() ? rows : 0;
    }
}
