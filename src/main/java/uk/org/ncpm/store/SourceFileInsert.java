package uk.org.ncpm.store;

import uk.org.ncpm.ingest.SourceEntry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/** Inserts vintages into {@code source_file} and marks the ones they revise as superseded. */
final class SourceFileInsert implements AutoCloseable {

    /** The columns of one vintage. */
    record Row(String kind, SourceEntry source, String sha256, long bytes, long rows, long rowsStored, long rowsSetAside,
               String setAsideReason, long crimeRecords, long asbRecords, long duplicateIds, long identicalDuplicates, String forceCode,
               String publisher, LocalDate periodStart, LocalDate periodEnd, boolean sample, String identity,
               String edition) {
    }

    private final PreparedStatement insert;
    private final PreparedStatement supersede;
    private final String catalogueVersion;
    private final Instant now;

    SourceFileInsert(Connection connection, String catalogueVersion, Instant now) throws SQLException {
        this.insert = connection.prepareStatement("INSERT INTO source_file (id, kind, name, container, sha256, bytes, "
                + "rows, rows_stored, rows_set_aside, set_aside_reason, crime_records, asb_records, duplicate_ids, "
                + "force_code, publisher, period_start, period_end, sample, catalogue_version, ingested_at, identity, "
                + "identical_duplicates, edition) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.supersede = connection.prepareStatement("UPDATE source_file SET superseded_by = ? WHERE id = ?");
        this.catalogueVersion = catalogueVersion;
        this.now = now;
    }

    void add(VintageOutcome<?> outcome, Row row) throws SQLException {
        int i = 1;
        insert.setLong(i++, outcome.sourceFileId());
        insert.setString(i++, row.kind());
        // Plain files and archives are recorded by absolute path: provenance must not depend on where a command ran.
        insert.setString(i++, row.source().container().isPresent() ? row.source().name() : absolute(row.source().name()));
        insert.setString(i++, row.source().container().map(SourceFileInsert::absolute).orElse(null));
        insert.setString(i++, row.sha256());
        insert.setLong(i++, row.bytes());
        insert.setLong(i++, row.rows());
        insert.setLong(i++, row.rowsStored());
        insert.setLong(i++, row.rowsSetAside());
        insert.setString(i++, row.setAsideReason());
        insert.setLong(i++, row.crimeRecords());
        insert.setLong(i++, row.asbRecords());
        insert.setLong(i++, row.duplicateIds());
        insert.setString(i++, row.forceCode());
        insert.setString(i++, row.publisher());
        insert.setObject(i++, row.periodStart());
        insert.setObject(i++, row.periodEnd());
        insert.setBoolean(i++, row.sample());
        insert.setString(i++, catalogueVersion);
        insert.setTimestamp(i++, Timestamp.from(now));
        insert.setString(i++, row.identity());
        insert.setLong(i++, row.identicalDuplicates());
        insert.setString(i, row.edition());
        insert.addBatch();
        if (outcome.revises().isPresent()) {
            supersede.setLong(1, outcome.sourceFileId());
            supersede.setLong(2, outcome.revises().get());
            supersede.addBatch();
        }
    }

    private static String absolute(String path) {
        return java.nio.file.Path.of(path).toAbsolutePath().normalize().toString();
    }

    /** Runs the batched statements: vintages first, so a superseding id always exists. */
    @Override
    public void close() throws SQLException {
        try {
            insert.executeBatch();
            supersede.executeBatch();
        } finally {
            insert.close();
            supersede.close();
        }
    }
}
