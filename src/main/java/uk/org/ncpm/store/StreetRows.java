package uk.org.ncpm.store;

import uk.org.ncpm.ingest.StreetBatch;
import uk.org.ncpm.ingest.StreetFile;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/** Bulk-loads staged street rows into {@code crime_record} with DuckDB's CSV reader, keyed to their vintage ids. */
final class StreetRows {

    private StreetRows() {
    }

    static void insert(Connection connection, List<VintageOutcome<StreetFile>> outcomes) throws SQLException {
        List<VintageOutcome<StreetFile>> withRows = outcomes.stream().filter(o -> o.file().staged().isPresent()).toList();
        if (withRows.isEmpty()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            // Row order within crime_record carries no meaning; letting DuckDB load in parallel halves the time.
            statement.execute("SET preserve_insertion_order = false");
            statement.execute("CREATE OR REPLACE TEMP TABLE staging_map (job INTEGER, source_file_id INTEGER, "
                    + "force_code VARCHAR, month DATE)");
            try (PreparedStatement map = connection.prepareStatement("INSERT INTO staging_map VALUES (?, ?, ?, ?)")) {
                for (VintageOutcome<StreetFile> o : withRows) {
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
                    + "s.crime_type, s.lsoa_code, s.longitude, s.latitude, s.outcome, s.identical_repeat FROM read_csv(" + files
                    + ", header = false, auto_detect = false, delim = ',', quote = '\"', escape = '\"', columns = "
                    + StreetBatch.STAGING_COLUMNS + ") s JOIN staging_map m USING (job)");
            statement.execute("DROP TABLE staging_map");
        }
    }

    private static String sqlString(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
