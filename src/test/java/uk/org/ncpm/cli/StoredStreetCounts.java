package uk.org.ncpm.cli;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.store.Store;
import uk.org.ncpm.store.StoreException;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The same counts as {@link IndependentStreetCounts}, taken from the store's {@code crime_record}
 * rows: per stored file (by its path inside the archive), or per force and month.
 */
final class StoredStreetCounts {

    private static final String MEASURES = "count(*), count(r.crime_id), count(*) - count(r.crime_id), "
            + "count(r.crime_id) - count(DISTINCT r.crime_id), "
            + "count(*) FILTER (WHERE r.longitude IS NULL), count(DISTINCT r.lsoa_code), "
            + "coalesce(sum(CAST(round(r.longitude * 1000000) AS BIGINT)), 0)::BIGINT, "
            + "coalesce(sum(CAST(round(r.latitude * 1000000) AS BIGINT)), 0)::BIGINT, "
            + "count(*) FILTER (WHERE r.identical_repeat)";

    private StoredStreetCounts() {
    }

    /** Every file with stored rows, keyed by {@code source_file.name}. */
    static Map<String, StreetCounts> byFile(Path storePath) throws StoreException, SQLException {
        String from = " FROM crime_record r JOIN source_file f ON f.id = r.source_file_id ";
        return query(storePath, "f.name", from, "", new Object[0]);
    }

    /** The current vintage's rows of one force and month. */
    static StreetCounts forForceMonth(Path storePath, String forceCode, YearMonth month)
            throws StoreException, SQLException {
        String from = " FROM current_crime_record r ";
        Map<String, StreetCounts> one = query(storePath, "r.force_code", from,
                "WHERE r.force_code = ? AND r.month = ? ", new Object[] {forceCode, month.atDay(1)});
        return one.getOrDefault(forceCode, StreetCounts.NONE);
    }

    private static Map<String, StreetCounts> query(Path storePath, String key, String from, String where,
                                                   Object[] params) throws StoreException, SQLException {
        Map<String, long[]> totals = new TreeMap<>();
        Map<String, Map<String, Long>> byType = new HashMap<>();
        Map<String, Map<String, Long>> byOutcome = new HashMap<>();
        try (Store store = Store.open(storePath, Catalogue.bundled())) {
            try (PreparedStatement s = store.connection().prepareStatement(
                    "SELECT " + key + ", " + MEASURES + from + where + "GROUP BY 1")) {
                bind(s, params);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long[] t = new long[9];
                        for (int i = 0; i < t.length; i++) {
                            t[i] = rs.getLong(i + 2);
                        }
                        totals.put(rs.getString(1), t);
                    }
                }
            }
            String crimes = (where.isEmpty() ? "WHERE " : where + "AND ") + "r.crime_id IS NOT NULL ";
            breakdown(store, "SELECT " + key + ", r.crime_type, count(*)" + from + crimes + "GROUP BY 1, 2",
                    params, byType);
            breakdown(store, "SELECT " + key + ", coalesce(r.outcome, ''), count(*)" + from + crimes + "GROUP BY 1, 2",
                    params, byOutcome);
        }
        Map<String, StreetCounts> counts = new TreeMap<>();
        totals.forEach((name, t) -> counts.put(name, StreetCounts.of(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7],
                byType.getOrDefault(name, Map.of()), byOutcome.getOrDefault(name, Map.of()), t[8])));
        return counts;
    }

    private static void breakdown(Store store, String sql, Object[] params, Map<String, Map<String, Long>> into)
            throws SQLException {
        try (PreparedStatement s = store.connection().prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    into.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
                }
            }
        }
    }

    private static void bind(PreparedStatement s, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
    }
}
