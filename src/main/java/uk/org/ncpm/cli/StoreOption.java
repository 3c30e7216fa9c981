package uk.org.ncpm.cli;

import picocli.CommandLine.Option;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.store.Store;
import uk.org.ncpm.store.StoreException;

import java.nio.file.Path;

/** The {@code --store PATH} option every command shares. */
final class StoreOption {

    @Option(names = "--store", paramLabel = "PATH", defaultValue = "data/ncpm.duckdb",
            description = "DuckDB store file (default: ${DEFAULT-VALUE}); created if missing.")
    Path path;

    Store open() throws StoreException {
        return Store.open(path, Catalogue.bundled());
    }
}
