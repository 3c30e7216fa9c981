package uk.org.ncpm.store;

import org.duckdb.DuckDBConnection;
import uk.org.ncpm.catalogue.Catalogue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The embedded DuckDB store: one file, opened by one process at a time. Opening applies pending
 * migrations and records the bundled catalogue version if it is new.
 */
public final class Store implements AutoCloseable {

    public static final Path DEFAULT_PATH = Path.of("data", "ncpm.duckdb");

    private final Path path;
    private final DuckDBConnection connection;

    private Store(Path path, DuckDBConnection connection) {
        this.path = path;
        this.connection = connection;
    }

    public static Store open(Path path, Catalogue catalogue) throws StoreException {
        return open(path, catalogue, path);
    }

    /** Opens {@code file} under the name {@code path} that messages give (a working copy is named as its store). */
    static Store open(Path file, Catalogue catalogue, Path path) throws StoreException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file);
            try {
                Migrations.apply(connection);
                CatalogueTables.sync(connection, catalogue);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
            return new Store(path, connection);
        } catch (SQLException | java.io.IOException e) {
            java.util.Optional<String> writer = StoreLock.writer(path);
            if (writer.isPresent()) {
                // DuckDB's own lock text names no command; say who is writing, as a second writer is told.
                throw new StoreBusyException("the store " + path + " is busy: " + writer.get()
                        + " is writing to it; try again when it has finished");
            }
            throw new StoreException("store " + path + " could not be opened: " + e.getMessage(), e);
        }
    }

    public Path path() {
        return path;
    }

    /** The connection, for the store's own classes; callers outside {@code store} use the typed queries. */
    public DuckDBConnection connection() {
        return connection;
    }

    @Override
    public void close() throws StoreException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("store " + path + " could not be closed: " + e.getMessage(), e);
        }
    }

    static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
