package uk.org.ncpm.store;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.ingest.CoverageRow;
import uk.org.ncpm.ingest.CoverageRule;
import uk.org.ncpm.ingest.PoliceUkStreetFormat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recomputes the police.uk coverage of every territorial force and month from the current vintages: crime
 * records with rows identical in every column to an earlier row counted once, and how many were not counted.
 */
final class CoverageTable {

    static final String SOURCE = "police-uk";

    private CoverageTable() {
    }

    static void replace(Connection connection, Catalogue catalogue) throws SQLException {
        Map<String, Map<YearMonth, Long>> present = new HashMap<>();
        Map<String, Map<YearMonth, Long>> duplicates = new HashMap<>();
        YearMonth from = null;
        YearMonth to = null;
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT force_code, period_start, crime_records - coalesce(identical_duplicates, 0), "
                     + "coalesce(identical_duplicates, 0) FROM source_file "
                     + "WHERE kind = '" + PoliceUkStreetFormat.KIND + "' AND superseded_by IS NULL AND force_code IS NOT NULL")) {
            while (rs.next()) {
                YearMonth month = YearMonth.from(rs.getDate(2).toLocalDate());
                present.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(month, rs.getLong(3));
                duplicates.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(month, rs.getLong(4));
                from = from == null || month.isBefore(from) ? month : from;
                to = to == null || month.isAfter(to) ? month : to;
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM coverage WHERE source = '" + SOURCE + "'");
        }
        if (from == null) {
            return;
        }
        List<String> forces = catalogue.forces().territorial().stream().map(Force::code).toList();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO coverage VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (CoverageRow row : CoverageRule.assess(SOURCE, forces, from, to, present, duplicates)) {
                insert.setString(1, row.source());
                insert.setString(2, row.forceCode());
                insert.setObject(3, row.month().atDay(1));
                insert.setLong(4, row.records());
                insert.setString(5, row.status().word());
                insert.setString(6, row.reason());
                insert.setLong(7, row.duplicatesDropped());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
