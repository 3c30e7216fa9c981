package uk.org.ncpm.store;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.ingest.CoverageRow;
import uk.org.ncpm.ingest.CoverageRule;
import uk.org.ncpm.ingest.PoliceUkStreetFormat;
import uk.org.ncpm.ingest.StreetBatch;
import uk.org.ncpm.ingest.StreetFile;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Takes a validated batch of street files into the store as vintages, in one transaction: new
 * and revised files are stored with their rows, unchanged bytes are a no-op, and coverage is
 * recomputed. When nothing is new the store is not written at all.
 */
public final class StreetVintages {

    public static final String COVERAGE_SOURCE = "police-uk";

    private final Store store;
    private final Catalogue catalogue;

    public StreetVintages(Store store, Catalogue catalogue) {
        this.store = store;
        this.catalogue = catalogue;
    }

    public List<VintageOutcome> commit(StreetBatch batch, Instant now) throws StoreException {
        Connection connection = store.connection();
        try {
            List<VintageOutcome> outcomes = plan(connection, batch);
            List<VintageOutcome> toStore = outcomes.stream()
                    .filter(o -> o.status() != VintageOutcome.Status.UNCHANGED).toList();
            if (toStore.isEmpty()) {
                return outcomes;
            }
            connection.setAutoCommit(false);
            try {
                insertVintages(connection, toStore, now);
                insertRecords(connection, toStore);
                replaceCoverage(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                Store.rollbackQuietly(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            return outcomes;
        } catch (SQLException e) {
            throw new StoreException("store " + store.path() + ": the ingest could not be committed, nothing was stored: "
                    + e.getMessage(), e);
        }
    }

    /** Assigns ids and decides new / revision / unchanged, in batch order, without writing. */
    private List<VintageOutcome> plan(Connection connection, StreetBatch batch) throws SQLException {
        // Keyed by force-month as well as sha256: files without rows have identical bytes for every force and month.
        Map<String, Long> bySha = new HashMap<>();
        Map<String, Long> currentByFileMonth = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT id, sha256, publisher, period_start, superseded_by FROM source_file "
                     + "WHERE kind = '" + PoliceUkStreetFormat.KIND + "'")) {
            while (rs.next()) {
                String fileMonth = key(rs.getString(3), YearMonth.from(rs.getDate(4).toLocalDate()));
                bySha.putIfAbsent(fileMonth + "|" + rs.getString(2), rs.getLong(1));
                if (rs.getObject(5) == null) {
                    currentByFileMonth.put(fileMonth, rs.getLong(1));
                }
            }
        }
        long nextId = nextId(connection);
        List<VintageOutcome> outcomes = new ArrayList<>();
        for (StreetFile file : batch.files()) {
            String same = key(file.publisher(), file.month()) + "|" + file.sha256();
            Long existing = bySha.get(same);
            if (existing != null) {
                outcomes.add(new VintageOutcome(file, VintageOutcome.Status.UNCHANGED, existing, Optional.empty()));
                continue;
            }
            long id = nextId++;
            bySha.put(same, id);
            Long previous = currentByFileMonth.put(key(file.publisher(), file.month()), id);
            outcomes.add(new VintageOutcome(file, previous == null ? VintageOutcome.Status.NEW : VintageOutcome.Status.REVISION,
                    id, Optional.ofNullable(previous)));
        }
        return outcomes;
    }

    private static String key(String publisher, YearMonth month) {
        return publisher + "|" + month;
    }

    private static long nextId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM source_file")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void insertVintages(Connection connection, List<VintageOutcome> outcomes, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO source_file (id, kind, name, container, "
                + "sha256, bytes, rows, rows_stored, rows_set_aside, set_aside_reason, crime_records, asb_records, "
                + "duplicate_ids, force_code, publisher, period_start, period_end, sample, catalogue_version, ingested_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement supersede = connection.prepareStatement(
                     "UPDATE source_file SET superseded_by = ? WHERE id = ?")) {
            for (VintageOutcome outcome : outcomes) {
                StreetFile f = outcome.file();
                int i = 1;
                insert.setLong(i++, outcome.sourceFileId());
                insert.setString(i++, PoliceUkStreetFormat.KIND);
                insert.setString(i++, f.source().name());
                insert.setString(i++, f.source().container().orElse(null));
                insert.setString(i++, f.sha256());
                insert.setLong(i++, f.bytes());
                insert.setLong(i++, f.rows());
                insert.setLong(i++, f.rowsStored());
                insert.setLong(i++, f.rowsSetAside());
                insert.setString(i++, f.setAsideReason().orElse(null));
                insert.setLong(i++, f.crimeRecords());
                insert.setLong(i++, f.asbRecords());
                insert.setLong(i++, f.duplicateIds());
                insert.setString(i++, f.forceCode().orElse(null));
                insert.setString(i++, f.publisher());
                insert.setObject(i++, f.month().atDay(1));
                insert.setObject(i++, f.month().atEndOfMonth());
                insert.setBoolean(i++, f.sample());
                insert.setString(i++, catalogue.version());
                insert.setTimestamp(i, Timestamp.from(now));
                insert.addBatch();
            }
            insert.executeBatch();
            for (VintageOutcome outcome : outcomes) {
                if (outcome.revises().isPresent()) {
                    supersede.setLong(1, outcome.sourceFileId());
                    supersede.setLong(2, outcome.revises().get());
                    supersede.addBatch();
                }
            }
            supersede.executeBatch();
        }
    }

    /** Bulk-loads the staged rows with DuckDB's CSV reader, keyed to their new vintage ids. */
    private static void insertRecords(Connection connection, List<VintageOutcome> outcomes) throws SQLException {
        List<VintageOutcome> withRows = outcomes.stream().filter(o -> o.file().staged().isPresent()).toList();
        if (withRows.isEmpty()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            // Row order within crime_record carries no meaning; letting DuckDB load in parallel halves the time.
            statement.execute("SET preserve_insertion_order = false");
            statement.execute("CREATE OR REPLACE TEMP TABLE staging_map (job INTEGER, source_file_id INTEGER, "
                    + "force_code VARCHAR, month DATE)");
            try (PreparedStatement map = connection.prepareStatement("INSERT INTO staging_map VALUES (?, ?, ?, ?)")) {
                for (VintageOutcome o : withRows) {
                    map.setInt(1, o.file().job());
                    map.setLong(2, o.sourceFileId());
                    map.setString(3, o.file().forceCode().orElseThrow());
                    map.setObject(4, o.file().month().atDay(1));
                    map.addBatch();
                }
                map.executeBatch();
            }
            String files = withRows.stream().map(o -> sqlString(o.file().staged().orElseThrow()))
                    .collect(Collectors.joining(", ", "[", "]"));
            statement.execute("INSERT INTO crime_record SELECT m.source_file_id, m.force_code, m.month, s.crime_id, "
                    + "s.crime_type, s.lsoa_code, s.longitude, s.latitude, s.outcome FROM read_csv(" + files
                    + ", header = false, auto_detect = false, delim = ',', quote = '\"', escape = '\"', columns = "
                    + uk.org.ncpm.ingest.StreetBatch.STAGING_COLUMNS + ") s JOIN staging_map m USING (job)");
            statement.execute("DROP TABLE staging_map");
        }
    }

    private static String sqlString(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    private void replaceCoverage(Connection connection) throws SQLException {
        Map<String, Map<YearMonth, Long>> present = new HashMap<>();
        YearMonth from = null;
        YearMonth to = null;
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT force_code, period_start, crime_records FROM source_file "
                     + "WHERE kind = '" + PoliceUkStreetFormat.KIND + "' AND superseded_by IS NULL AND force_code IS NOT NULL")) {
            while (rs.next()) {
                YearMonth month = YearMonth.from(rs.getDate(2).toLocalDate());
                present.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(month, rs.getLong(3));
                from = from == null || month.isBefore(from) ? month : from;
                to = to == null || month.isAfter(to) ? month : to;
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM coverage WHERE source = '" + COVERAGE_SOURCE + "'");
        }
        if (from == null) {
            return;
        }
        List<String> forces = catalogue.forces().territorial().stream().map(Force::code).toList();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO coverage VALUES (?, ?, ?, ?, ?, ?)")) {
            for (CoverageRow row : CoverageRule.assess(COVERAGE_SOURCE, forces, from, to, present)) {
                insert.setString(1, row.source());
                insert.setString(2, row.forceCode());
                insert.setObject(3, row.month().atDay(1));
                insert.setLong(4, row.records());
                insert.setString(5, row.status());
                insert.setString(6, row.reason());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
