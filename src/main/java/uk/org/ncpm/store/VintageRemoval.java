package uk.org.ncpm.store;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.ingest.PoliceUkStreetFormat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Takes vintages out of the store, in one transaction: their street rows, observations and footnotes
 * are deleted, the vintage is recorded in {@code removed_vintage}, and the chain of revisions is
 * mended: what the removed vintage superseded is now superseded by what superseded it, so removing
 * the newest vintage of a file makes the one before it current again (the way to roll a file back).
 * Coverage is recomputed; figures follow on the next compute, whose fingerprints see the change.
 */
public final class VintageRemoval {

    private final Store store;
    private final Catalogue catalogue;

    public VintageRemoval(Store store, Catalogue catalogue) {
        this.store = store;
        this.catalogue = catalogue;
    }

    public List<RemovedVintage> remove(List<Long> ids, Instant now) throws StoreException {
        Connection connection = store.connection();
        try {
            List<Long> unique = List.copyOf(new LinkedHashSet<>(ids));
            for (long id : unique) {
                checkStored(connection, id);
            }
            connection.setAutoCommit(false);
            try {
                List<RemovedVintage> removed = new ArrayList<>();
                boolean street = false;
                for (long id : unique) {
                    RemovedVintage vintage = removeOne(connection, id, now);
                    removed.add(vintage);
                    street |= isStreet(connection, id);
                }
                if (street) {
                    CoverageTable.replace(connection, catalogue);
                }
                connection.commit();
                return removed;
            } catch (SQLException | RuntimeException e) {
                Store.rollbackQuietly(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("store " + store.path() + ": the vintages could not be removed, nothing was changed: "
                    + e.getMessage(), e);
        }
    }

    private void checkStored(Connection connection, long id) throws SQLException, StoreException {
        if (exists(connection, "SELECT 1 FROM source_file WHERE id = ?", id)) {
            return;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT name, removed_at FROM removed_vintage WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                if (rs.next()) {
                    throw new StoreException("vintage #" + id + " (" + rs.getString(1) + ") was already removed on "
                            + rs.getTimestamp(2).toInstant() + "; nothing was changed", null);
                }
            }
        }
        throw new StoreException("no vintage #" + id + " in the store " + store.path()
                + " (ncpm sources lists them); nothing was changed", null);
    }

    private static boolean isStreet(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT kind FROM removed_vintage WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() && PoliceUkStreetFormat.KIND.equals(rs.getString(1));
            }
        }
    }

    private static RemovedVintage removeOne(Connection connection, long id, Instant now) throws SQLException {
        Optional<Long> supersededBy;
        RemovedVintage vintage;
        try (PreparedStatement query = connection.prepareStatement("SELECT name, publisher, period_start, period_end, rows, "
                + "superseded_by FROM source_file WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                supersededBy = rs.getObject(6) == null ? Optional.empty() : Optional.of(rs.getLong(6));
                Optional<Long> previous = supersededBy.isPresent() ? Optional.empty() : previous(connection, id);
                vintage = new RemovedVintage(id, rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        rs.getDate(4).toLocalDate(), rs.getLong(5), supersededBy.isEmpty(), previous);
            }
        }
        try (PreparedStatement audit = connection.prepareStatement("INSERT INTO removed_vintage SELECT id, kind, name, "
                + "container, sha256, bytes, rows, publisher, force_code, period_start, period_end, identity, edition, "
                + "ingested_at, superseded_by IS NULL, ?, ? FROM source_file WHERE id = ?")) {
            setId(audit, 1, vintage.madeCurrent());
            audit.setTimestamp(2, Timestamp.from(now));
            audit.setLong(3, id);
            audit.executeUpdate();
        }
        for (String table : List.of("crime_record", "observation_footnote", "observation")) {
            update(connection, "DELETE FROM " + table + " WHERE source_file_id = ?", id);
        }
        update(connection, "DELETE FROM source_file WHERE id = ?", id);
        try (PreparedStatement mend = connection.prepareStatement("UPDATE source_file SET superseded_by = ? WHERE superseded_by = ?")) {
            setId(mend, 1, supersededBy);
            mend.setLong(2, id);
            mend.executeUpdate();
        }
        return vintage;
    }

    private static void setId(PreparedStatement statement, int index, Optional<Long> id) throws SQLException {
        if (id.isPresent()) {
            statement.setLong(index, id.get());
        } else {
            statement.setNull(index, java.sql.Types.INTEGER);
        }
    }

    private static Optional<Long> previous(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM source_file WHERE superseded_by = ?")) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private static boolean exists(Connection connection, String sql, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void update(Connection connection, String sql, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
    }
}
