package uk.org.ncpm.measures;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import uk.org.ncpm.store.Store;
import uk.org.ncpm.store.StoreException;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Writes computed figures to the store's {@code figure} table, replacing a figure source's previous ones. */
final class FigureTable {

    private final Store store;

    FigureTable(Store store) {
        this.store = store;
    }

    /** Replaces the figures of the given metric-source pairs, and records their fingerprints, in one transaction. */
    void replace(Map<ComputeKey, List<Figure>> figures, Map<ComputeKey, String> fingerprints, Instant now) throws StoreException {
        var connection = store.connection();
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement deleteFigures = connection.prepareStatement("DELETE FROM figure WHERE metric = ? AND source = ?");
                 PreparedStatement deleteComputation = connection.prepareStatement(
                         "DELETE FROM computation WHERE metric = ? AND source = ?");
                 PreparedStatement computation = connection.prepareStatement("INSERT INTO computation VALUES (?, ?, ?, ?, ?)")) {
                for (ComputeKey key : figures.keySet()) {
                    for (PreparedStatement delete : List.of(deleteFigures, deleteComputation)) {
                        delete.setString(1, key.metric());
                        delete.setString(2, key.source());
                        delete.executeUpdate();
                    }
                    computation.setString(1, key.metric());
                    computation.setString(2, key.source());
                    computation.setString(3, fingerprints.get(key));
                    computation.setInt(4, figures.get(key).size());
                    computation.setObject(5, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
                    computation.executeUpdate();
                }
            }
            try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class).createAppender("main", "figure")) {
                for (List<Figure> list : figures.values()) {
                    for (Figure f : list) {
                        append(appender, f, now);
                    }
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new StoreException("store " + store.path() + ": figures could not be written: " + e.getMessage(), e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is closed with the store
            }
        }
    }

    /** The columns of the figure table in their order, as {@link FigureQuery} reads them back. */
    static final List<String> COLUMNS = List.of("metric", "area_code", "period_end", "source", "source_label", "unit",
            "value", "lower", "upper", "rate", "rate_lower", "rate_upper", "rate_per", "population", "population_year",
            "population_note", "change_basis", "baseline", "baseline_on_basis", "change", "change_pct", "change_pct_lower",
            "change_pct_upper", "value_change", "p_value", "verdict", "verdict_words", "test_method", "phi", "compared_on",
            "test_note", "excluded_forces", "population_share", "published", "published_note", "footnotes", "status",
            "reason", "source_files", "catalogue_version", "method_version", "computed_at");

    private static void append(DuckDBAppender a, Figure f, Instant now) throws SQLException {
        a.beginRow().append(f.metric()).append(f.areaCode()).append(f.period().end()).append(f.source())
                .append(f.sourceLabel()).append(f.unit());
        number(a, f.value());
        number(a, f.lower());
        number(a, f.upper());
        Optional<Rate> rate = f.perResident();
        number(a, f.rate());
        number(a, f.rateLower());
        number(a, f.rateUpper());
        if (rate.isPresent()) {
            a.append(rate.get().per()).append(rate.get().population()).append(rate.get().populationYear())
                    .append(rate.get().populationNote());
        } else {
            a.appendNull().appendNull().appendNull().appendNull();
        }
        Optional<Change> change = f.comparison();
        if (change.isPresent()) {
            Change c = change.get();
            a.append(c.basis().id()).append(c.baselineValue()).append(c.baseline()).append(c.difference());
            number(a, c.percent());
            number(a, c.percentLower());
            number(a, c.percentUpper());
            a.append(c.valueChange());
        } else {
            a.appendNull().appendNull().appendNull().appendNull().appendNull().appendNull().appendNull().appendNull();
        }
        ChangeTest t = f.test();
        number(a, t.pValue());
        a.append(t.verdict().name()).append(t.words()).append(t.method().id());
        number(a, t.phi());
        a.append(t.comparedOn()).append(t.note());
        NationalSum n = f.national();
        a.append(String.join(",", n.excludedForces()));
        number(a, n.populationShare());
        number(a, n.published());
        a.append(n.publishedNote()).append(String.join("\n", f.footnotes())).append(f.status()).append(f.reason())
                .append(f.sourceFiles()).append(f.catalogueVersion()).append(f.provenance().methodVersion())
                .append(LocalDateTime.ofInstant(now, ZoneOffset.UTC)).endRow();
    }

    private static void number(DuckDBAppender a, OptionalDouble value) throws SQLException {
        if (value.isPresent() && Double.isFinite(value.getAsDouble())) {
            a.append(value.getAsDouble());
        } else {
            a.appendNull();
        }
    }
}
