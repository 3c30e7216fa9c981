package uk.org.ncpm.cli;

import io.javalin.Javalin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.store.Store;
import uk.org.ncpm.store.StoreException;
import uk.org.ncpm.web.Snapshot;
import uk.org.ncpm.web.WebApp;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the site and the API on the computed figures (run `ncpm compute` first).",
                "The server owns the store while it runs; stop it with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--port", defaultValue = "7070", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        return serve(store, port, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Serves the store's figures until the process is stopped; shared with {@code demo}. */
    static int serve(StoreOption store, int port, PrintWriter out, PrintWriter err) throws InterruptedException {
        Snapshot snapshot;
        try (Store opened = store.openExisting()) {
            snapshot = Snapshot.of(opened);
            OutOfDateFigures.warn(opened, !snapshot.figures().isEmpty(), err);
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        Javalin app = WebApp.create(Catalogue.bundled(), snapshot).start(port);
        out.printf("NCPM Monitor is serving %d figures%s at http://localhost:%d/ (Ctrl-C to stop)%n",
                snapshot.figures().size(), snapshot.sample() ? " of SAMPLE DATA" : "", app.port());
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
