package uk.org.ncpm.measures;

import uk.org.ncpm.store.ResultColumns;
import uk.org.ncpm.store.Store;
import uk.org.ncpm.store.StoreException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Reads computed figures, filtered by metric, area and period. */
public final class FigureQuery {

    private final Store store;

    public FigureQuery(Store store) {
        this.store = store;
    }

    public List<StoredFigure> list(Optional<String> metric, Optional<String> area, Optional<YearMonth> periodEnd)
            throws StoreException {
        String sql = "SELECT metric, area_code, period_end, source, source_label, unit, value, lower, upper, rate, rate_per, "
                + "population_note, baseline, change, change_pct, p_value, verdict, excluded_forces, published, status, "
                + "reason, source_files, catalogue_version FROM figure "
                + "WHERE (? IS NULL OR metric = ?) AND (? IS NULL OR area_code = ?) AND (? IS NULL OR period_end = ?) "
                + "ORDER BY metric, source, area_code, period_end";
        try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
            Object end = periodEnd.map(YearMonth::atEndOfMonth).orElse(null);
            statement.setString(1, metric.orElse(null));
            statement.setString(2, metric.orElse(null));
            statement.setString(3, area.orElse(null));
            statement.setString(4, area.orElse(null));
            statement.setObject(5, end);
            statement.setObject(6, end);
            List<StoredFigure> figures = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    figures.add(new StoredFigure(rs.getString(1), rs.getString(2), YearMonth.from(rs.getDate(3).toLocalDate()),
                            rs.getString(4), rs.getString(5), rs.getString(6), ResultColumns.number(rs, 7), ResultColumns.number(rs, 8), ResultColumns.number(rs, 9),
                            ResultColumns.number(rs, 10), ResultColumns.number(rs, 11), rs.getString(12), ResultColumns.number(rs, 13), ResultColumns.number(rs, 14),
                            ResultColumns.number(rs, 15), ResultColumns.number(rs, 16), Optional.ofNullable(rs.getString(17)), rs.getString(18),
                            ResultColumns.number(rs, 19), rs.getString(20), rs.getString(21), rs.getString(22), rs.getString(23)));
                }
            }
            return figures;
        } catch (SQLException e) {
            throw new StoreException("store " + store.path() + ": figures could not be read: " + e.getMessage(), e);
        }
    }
}
