package uk.org.ncpm.store;

import uk.org.ncpm.ingest.CoverageRow;
import uk.org.ncpm.ingest.CoverageStatus;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads stored coverage: one row per territorial force, month and source. */
public final class CoverageQuery {

    private final Store store;

    public CoverageQuery(Store store) {
        this.store = store;
    }

    public List<CoverageRow> list(Optional<String> forceCode, Optional<YearMonth> from, Optional<YearMonth> to)
            throws StoreException {
        String sql = "SELECT source, force_code, month, records, status, reason, duplicates_dropped FROM coverage "
                + "WHERE (? IS NULL OR force_code = ?) AND (? IS NULL OR month >= ?) AND (? IS NULL OR month <= ?) "
                + "ORDER BY source, force_code, month";
        try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
            String force = forceCode.orElse(null);
            Object start = from.map(m -> m.atDay(1)).orElse(null);
            Object end = to.map(m -> m.atDay(1)).orElse(null);
            statement.setString(1, force);
            statement.setString(2, force);
            statement.setObject(3, start);
            statement.setObject(4, start);
            statement.setObject(5, end);
            statement.setObject(6, end);
            List<CoverageRow> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new CoverageRow(rs.getString(1), rs.getString(2),
                            YearMonth.from(rs.getDate(3).toLocalDate()), rs.getLong(4), CoverageStatus.of(rs.getString(5)), rs.getString(6), rs.getLong(7)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException("store " + store.path() + ": coverage could not be read: " + e.getMessage(), e);
        }
    }
}
