package uk.org.ncpm.cli;

import picocli.CommandLine.Model.CommandSpec;
import uk.org.ncpm.store.SourceFiles;
import uk.org.ncpm.store.Store;
import uk.org.ncpm.store.StoreException;

/** What every listing command does: open the existing store, query, say if it holds sample data, print. */
final class ListingRun {

    /** A query of the store that yields a listing in the requested format. */
    @FunctionalInterface
    interface Query {
        Listing run(Store store, OutputFormat format) throws StoreException;
    }

    private ListingRun() {
    }

    static int print(StoreOption store, OutputFormat format, CommandSpec spec, Query query) {
        try (Store opened = store.openExisting()) {
            Listing listing = query.run(opened, format);
            boolean sample = new SourceFiles(opened).holdsSampleData();
            // a listing with its own sample column (sources) already says so on every row
            if (sample && format == OutputFormat.csv && !listing.columns().contains("sample")) {
                listing = listing.markedAsSample();
            }
            if (sample) {
                (format == OutputFormat.table ? spec.commandLine().getOut() : spec.commandLine().getErr())
                        .println(SampleNotice.TEXT);
            }
            listing.print(format, spec.commandLine().getOut());
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 1;
        }
    }
}
