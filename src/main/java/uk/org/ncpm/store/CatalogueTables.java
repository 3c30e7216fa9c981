package uk.org.ncpm.store;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.catalogue.Measure;
import uk.org.ncpm.catalogue.Metric;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Copies each catalogue version into the store once, so stored figures can name the version they used. */
final class CatalogueTables {

    private CatalogueTables() {
    }

    static void sync(Connection connection, Catalogue catalogue) throws SQLException {
        try (PreparedStatement known = connection.prepareStatement("SELECT 1 FROM catalogue_version WHERE version = ?")) {
            known.setString(1, catalogue.version());
            if (known.executeQuery().next()) {
                return;
            }
        }
        connection.setAutoCommit(false);
        try {
            insert(connection, catalogue);
            connection.commit();
        } catch (SQLException e) {
            Store.rollbackQuietly(connection, e);
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static void insert(Connection connection, Catalogue catalogue) throws SQLException {
        String version = catalogue.version();
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO catalogue_version VALUES (?, current_timestamp)")) {
            statement.setString(1, version);
            statement.executeUpdate();
        }
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO force VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Force f : catalogue.forces().territorial()) {
                statement.setString(1, version);
                statement.setString(2, f.code());
                statement.setString(3, f.name());
                statement.setString(4, f.slug());
                statement.setString(5, f.regionCode());
                statement.setString(6, f.region());
                statement.addBatch();
            }
            statement.executeBatch();
        }
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO measure VALUES (?, ?, ?, ?)")) {
            for (Measure m : catalogue.measures()) {
                statement.setString(1, version);
                statement.setString(2, m.id());
                statement.setString(3, m.name());
                statement.setString(4, m.direction().word());
                statement.addBatch();
            }
            statement.executeBatch();
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO metric VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Metric m : catalogue.metrics()) {
                statement.setString(1, version);
                statement.setString(2, m.id());
                statement.setString(3, m.measureId());
                statement.setString(4, m.name());
                statement.setString(5, m.source());
                statement.setString(6, m.unit().word());
                if (m.ratePer().isPresent()) {
                    statement.setInt(7, m.ratePer().getAsInt());
                } else {
                    statement.setNull(7, java.sql.Types.INTEGER);
                }
                statement.setString(8, m.direction().word());
                statement.setBoolean(9, m.localProxy());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
