package uk.org.ncpm.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Crime records (rows with a Crime ID) of the current vintages, counted per force and month. A row identical
 * in every column to an earlier row of its file is stored as published but counted once (docs/method.md,
 * "Data quality"); rows loaded before that check ({@code identical_repeat} NULL) are counted.
 */
public final class StreetCountQuery {

    /** One force-month-type count. */
    public record Count(String forceCode, YearMonth month, String crimeType, long crimes) {
    }

    /**
     * One force-month: its crime records and those without a location, which data.police.uk publishes
     * as "No Location" with empty coordinates (docs/method.md, "Data quality").
     */
    public record Located(String forceCode, YearMonth month, long crimes, long withoutLocation) {
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** The rows counted as crime records: a Crime ID, and not an identical repeat of an earlier row. */
    static final String COUNTED = "crime_id IS NOT NULL AND identical_repeat IS NOT TRUE";

    private final Store store;

    public StreetCountQuery(Store store) {
        this.store = store;
    }

    /** Per force, month and crime type. */
    public List<Count> list() throws StoreException {
        return list("street counts", "SELECT force_code, month, crime_type, count(*) FROM current_crime_record "
                + "WHERE " + COUNTED + " GROUP BY ALL", rs -> new Count(rs.getString(1), month(rs), rs.getString(3),
                rs.getLong(4)));
    }

    /** Per force and month, with how many have no location; by force then month. */
    public List<Located> located() throws StoreException {
        return list("records without a location", "SELECT force_code, month, count(*), "
                + "count(*) FILTER (WHERE longitude IS NULL OR latitude IS NULL) FROM current_crime_record "
                + "WHERE " + COUNTED + " GROUP BY ALL ORDER BY force_code, month",
                rs -> new Located(rs.getString(1), month(rs), rs.getLong(3), rs.getLong(4)));
    }

    private <T> List<T> list(String what, String sql, Row<T> row) throws StoreException {
        try (Statement statement = store.connection().createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(row.read(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException("store " + store.path() + ": " + what + " could not be read: " + e.getMessage(), e);
        }
    }

    private static YearMonth month(ResultSet rs) throws SQLException {
        return YearMonth.from(rs.getDate(2).toLocalDate());
    }
}
