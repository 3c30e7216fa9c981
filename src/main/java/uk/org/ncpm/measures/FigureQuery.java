package uk.org.ncpm.measures;

import uk.org.ncpm.stats.Verdict;
import uk.org.ncpm.store.ResultColumns;
import uk.org.ncpm.store.Store;
import uk.org.ncpm.store.StoreException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Reads computed figures back, every column {@link FigureTable} writes, filtered by metric, area and period. */
public final class FigureQuery {

    private final Store store;

    public FigureQuery(Store store) {
        this.store = store;
    }

    public List<Figure> list(Optional<String> metric, Optional<String> area, Optional<YearMonth> periodEnd)
            throws StoreException {
        String sql = "SELECT " + String.join(", ", FigureTable.COLUMNS) + " FROM figure "
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
            List<Figure> figures = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    figures.add(read(rs));
                }
            }
            return figures;
        } catch (SQLException e) {
            throw new StoreException("store " + store.path() + ": figures could not be read: " + e.getMessage(), e);
        }
    }

    private static Figure read(ResultSet rs) throws SQLException {
        OptionalDouble value = number(rs, "value");
        Optional<Estimate> estimate = value.isPresent()
                ? Optional.of(new Estimate(value.getAsDouble(), number(rs, "lower"), number(rs, "upper")))
                : Optional.empty();
        OptionalDouble rateValue = number(rs, "rate");
        Optional<Rate> rate = rateValue.isPresent()
                ? Optional.of(new Rate(rateValue.getAsDouble(), number(rs, "rate_lower"), number(rs, "rate_upper"),
                rs.getInt("rate_per"), rs.getDouble("population"), rs.getInt("population_year"), rs.getString("population_note")))
                : Optional.empty();
        String basis = rs.getString("change_basis");
        Optional<Change> change = basis == null ? Optional.empty() : Optional.of(new Change(ChangeBasis.of(basis),
                rs.getDouble("baseline_on_basis"), rs.getDouble("change"), number(rs, "change_pct"),
                number(rs, "change_pct_lower"), number(rs, "change_pct_upper"), rs.getDouble("baseline"),
                rs.getDouble("value_change")));
        ChangeTest test = new ChangeTest(Verdict.valueOf(rs.getString("verdict")), rs.getString("verdict_words"),
                number(rs, "p_value"), TestMethod.of(rs.getString("test_method")), number(rs, "phi"),
                rs.getString("compared_on"), rs.getString("test_note"));
        String excluded = rs.getString("excluded_forces");
        NationalSum national = new NationalSum(excluded.isBlank() ? List.of() : List.of(excluded.split(",")),
                number(rs, "population_share"), number(rs, "published"), rs.getString("published_note"));
        String footnotes = rs.getString("footnotes");
        return new Figure(rs.getString("metric"), rs.getString("area_code"),
                RollingPeriod.ending(YearMonth.from(rs.getDate("period_end").toLocalDate())), rs.getString("source"),
                rs.getString("source_label"), rs.getString("unit"), estimate, rate, change, test, national,
                footnotes.isEmpty() ? List.of() : Arrays.asList(footnotes.split("\n")), rs.getString("reason"),
                Provenance.parse(rs.getString("source_files"), rs.getString("catalogue_version"),
                        rs.getString("method_version")));
    }

    private static OptionalDouble number(ResultSet rs, String column) throws SQLException {
        return ResultColumns.number(rs, rs.findColumn(column));
    }
}
