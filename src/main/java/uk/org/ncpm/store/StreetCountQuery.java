package uk.org.ncpm.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Crime records (rows with a Crime ID) of the current vintages, counted per force, month and crime type. */
public final class StreetCountQuery {

    /** One force-month-type count. */
    public record Count(String forceCode, YearMonth month, String crimeType, long crimes) {
    }

    private final Store store;

    public StreetCountQuery(Store store) {
        this.store = store;
    }

    public List<Count> list() throws StoreException {
        String sql = "SELECT force_code, month, crime_type, count(*) FROM current_crime_record "
                + "WHERE crime_id IS NOT NULL GROUP BY ALL";
        try (Statement statement = store.connection().createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            List<Count> counts = new ArrayList<>();
            while (rs.next()) {
                counts.add(new Count(rs.getString(1), YearMonth.from(rs.getDate(2).toLocalDate()), rs.getString(3),
                        rs.getLong(4)));
            }
            return counts;
        } catch (SQLException e) {
            throw new StoreException("store " + store.path() + ": street counts could not be read: " + e.getMessage(), e);
        }
    }
}
