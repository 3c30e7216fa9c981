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
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** Writes computed figures to the store's {@code figure} table, replacing a figure source's previous ones. */
final class FigureTable {

    private final Store store;

    FigureTable(Store store) {
        this.store = store;
    }

    /** Replaces the figures of the given metric-source pairs, and records their fingerprints, in one transaction. */
    void replace(Map<ComputeKey, List<Figure>> figures, Map<ComputeKey, String> fingerprints, Map<Long, String> sha256,
                 String catalogueVersion, Instant now) throws StoreException {
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
                        append(appender, f, sha256, catalogueVersion, now);
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

    private static void append(DuckDBAppender a, Figure f, Map<Long, String> sha256, String catalogueVersion, Instant now)
            throws SQLException {
        a.beginRow().append(f.metricId()).append(f.areaCode()).append(f.period().end()).append(f.source())
                .append(f.sourceLabel()).append(f.unit());
        for (OptionalDouble number : List.of(f.value(), f.lower(), f.upper(), f.rate(), f.rateLower(), f.rateUpper(),
                f.ratePer(), f.population())) {
            number(a, number);
        }
        a.append(f.populationNote());
        for (OptionalDouble number : List.of(f.baseline(), f.change(), f.changePct(), f.pValue())) {
            number(a, number);
        }
        if (f.verdict().isPresent()) {
            a.append(f.verdict().get());
        } else {
            a.appendNull();
        }
        a.append(String.join(",", f.excludedForces()));
        number(a, f.published());
        a.append(f.status()).append(f.reason())
                .append(f.files().stream().sorted().map(id -> id + ":" + sha256.getOrDefault(id, "?"))
                        .collect(Collectors.joining(";")))
                .append(catalogueVersion).append(LocalDateTime.ofInstant(now, ZoneOffset.UTC)).endRow();
    }

    private static void number(DuckDBAppender a, OptionalDouble value) throws SQLException {
        if (value.isPresent() && Double.isFinite(value.getAsDouble())) {
            a.append(value.getAsDouble());
        } else {
            a.appendNull();
        }
    }
}
