package uk.org.ncpm.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * How many crime records (rows with a Crime ID) of the current vintages have no location, per force
 * and month: data.police.uk publishes them as "No Location" with empty coordinates (MEASURES.md,
 * "Data quality": the share of records without a location).
 */
public final class LocationQuery {

    /** One force-month: its crime records and those without a location. */
    public record Month(String forceCode, YearMonth month, long crimes, long withoutLocation) {
    }

    private final Store store;

    public LocationQuery(Store store) {
        this.store = store;
    }

    /** Every force-month with crime records, by force then month. */
    public List<Month> list() throws StoreException {
        String sql = "SELECT force_code, month, count(*), count(*) FILTER (WHERE longitude IS NULL OR latitude IS NULL) "
                + "FROM current_crime_record WHERE crime_id IS NOT NULL GROUP BY ALL ORDER BY force_code, month";
        try (Statement statement = store.connection().createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            List<Month> months = new ArrayList<>();
            while (rs.next()) {
                months.add(new Month(rs.getString(1), YearMonth.from(rs.getDate(2).toLocalDate()), rs.getLong(3), rs.getLong(4)));
            }
            return months;
        } catch (SQLException e) {
            throw new StoreException("store " + store.path() + ": records without a location could not be counted: "
                    + e.getMessage(), e);
        }
    }
}
