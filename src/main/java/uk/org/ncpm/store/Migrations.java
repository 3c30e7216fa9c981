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
 * released: a change to the schema is a new file with the next number. A file's version is the number in
 * its name, and every version not yet recorded is applied, in order: two branches can add V008 and V009
 * independently.
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
            "V008__releases.sql",
            "V009__access.sql");

    private Migrations() {
    }

    static void apply(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INTEGER PRIMARY KEY, script VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
        }
        java.util.Set<Integer> applied = appliedVersions(connection);
        for (String script : FILES) {
            int version = versionOf(script);
            if (applied.contains(version)) {
                continue;
            }
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

    /** The number in a migration's name: 9 for V009__access.sql. */
    static int versionOf(String script) {
        return Integer.parseInt(script.substring(1, script.indexOf("__")));
    }

    private static java.util.Set<Integer> appliedVersions(Connection connection) throws SQLException {
        java.util.Set<Integer> versions = new java.util.HashSet<>();
        try (Statement statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT version FROM schema_version")) {
            while (rs.next()) {
                versions.add(rs.getInt(1));
            }
        }
        return versions;
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
