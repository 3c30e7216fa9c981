package uk.org.ncpm.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Versioned schema migrations, applied in order on open. A migration is never edited once
 * released: a change to the schema is a new file with the next number.
 */
final class Migrations {

    private static final List<String> FILES = List.of(
            "V001__street_records.sql",
            "V002__observations.sql",
            "V003__figures.sql",
            "V004__figure_parts.sql",
            "V005__identical_duplicate_rows.sql",
            "V006__footnotes.sql",
            "V007__removed_vintages.sql",
            "V008__releases.sql");

    private Migrations() {
    }

    static void apply(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INTEGER PRIMARY KEY, script VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
        }
        int current = currentVersion(connection);
        for (int version = current + 1; version <= FILES.size(); version++) {
            String script = FILES.get(version - 1);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(read(script));
                statement.execute("INSERT INTO schema_version VALUES (" + version + ", '" + script
                        + "', current_timestamp)");
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw new SQLException("schema migration " + script + " failed: " + e.getMessage(), e);
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String read(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream(script)) {
            if (in == null) {
                throw new IllegalStateException("migration missing from the classpath: " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
