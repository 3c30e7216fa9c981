package uk.org.ncpm.cli;

import picocli.CommandLine.Option;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.store.Store;
import uk.org.ncpm.store.StoreException;
import uk.org.ncpm.store.StoreLock;

import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --store PATH} option every command shares. */
final class StoreOption {

    @Option(names = "--store", paramLabel = "PATH", defaultValue = "data/ncpm.duckdb",
            description = "DuckDB store file (default: ${DEFAULT-VALUE}).")
    Path path;

    /** Opens the store, creating it if missing: for commands that load data. */
    Store open() throws StoreException {
        return Store.open(path, Catalogue.bundled());
    }

    /** Takes the right to write to the store for {@code command}, before the command reads anything. */
    StoreLock lock(String command) throws StoreException {
        return StoreLock.take(path, command);
    }

    /** As {@link #lock}, for commands that change an existing store: a mistyped path leaves no folder or lock behind. */
    StoreLock lockExisting(String command) throws StoreException {
        if (!Files.isRegularFile(path) && StoreLock.writer(path).isPresent()) {
            return lock(command); // a first ingest is creating it: say who, as for any busy store
        }
        requireStore();
        return lock(command);
    }

    private void requireStore() throws StoreException {
        if (!Files.isRegularFile(path)) {
            throw new StoreException("no store at " + path + "; load data first (./ncpm demo, or ./ncpm ingest PATH...) "
                    + "or name another with --store", null);
        }
    }

    /** Opens an existing store: listing commands must not create an empty one from a mistyped path. */
    Store openExisting() throws StoreException {
        requireStore();
        return open();
    }
}
