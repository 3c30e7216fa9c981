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
import uk.org.ncpm.web.SecurityHeaders;
import uk.org.ncpm.web.SiteAccess;
import uk.org.ncpm.web.SiteContact;
import uk.org.ncpm.release.PublicationTime;
import uk.org.ncpm.release.ReleaseCalendar;
import uk.org.ncpm.web.ReleaseView;
import uk.org.ncpm.web.SiteReleases;
import uk.org.ncpm.web.Snapshot;
import uk.org.ncpm.web.WebApp;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the site and the API: the published releases of the store (`ncpm release`), each from the "
                + "instant it is published, never before.",
                "The server does not hold the store: it reads it at start and again whenever it changes, so ingest, compute "
                        + "and release commands work while it runs. Stop it with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    static final String LOOPBACK = "127.0.0.1";

    @Mixin
    StoreOption store;

    @Option(names = "--port", defaultValue = "7070", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = LOOPBACK, paramLabel = "ADDRESS",
            description = {"Address to listen on (default: ${DEFAULT-VALUE}, this machine only).",
                    "To serve other machines: --bind 0.0.0.0 behind a reverse proxy that adds TLS."})
    String bind;

    @Option(names = "--hsts", description = {"Send Strict-Transport-Security (one year): only when people reach",
            "the site through HTTPS, e.g. behind a TLS reverse proxy. Off by default."})
    boolean hsts;

    @Mixin
    ContactOptions contact;

    @Mixin
    SignInOptions signIn;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        SiteContact given;
        try {
            given = contact.contact();
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 2;
        }
        return serve(store, bind, port, hsts, given, java.util.Optional.of(signIn), spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }

    /** Serves the store's figures on this machine only until the process is stopped; {@code demo} serves so. */
    static int serve(StoreOption store, int port, PrintWriter out, PrintWriter err) throws InterruptedException {
        return serve(store, LOOPBACK, port, false, SiteContact.NONE, java.util.Optional.empty(), out, err);
    }

    static int serve(StoreOption store, String bind, int port, boolean hsts, SiteContact contact,
                     java.util.Optional<SignInOptions> signIn, PrintWriter out, PrintWriter err)
            throws InterruptedException {
        SiteReleases releases;
        try {
            store.openExisting().close();
            releases = SiteReleases.watch(store.path, Catalogue.bundled());
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        // sign-in: users read into memory, audit journal beside the store (the store is not held)
        java.util.Optional<SiteAccess> access;
        try {
            access = signIn.isPresent() ? java.util.Optional.of(signIn.get().start(store.path, bind, port)) : java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (StoreException | java.io.IOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        Javalin app;
        try {
            app = (access.isPresent()
                    ? WebApp.create(Catalogue.bundled(), releases, SecurityHeaders.of(hsts), contact, access.get())
                    : WebApp.create(Catalogue.bundled(), releases, SecurityHeaders.of(hsts), contact)).start(bind, port);
        } catch (RuntimeException e) {
            // Javalin says why (address in use, not an address of this machine) in the cause
            err.println("error: cannot listen on " + bind + " port " + port + ": "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
            return 1;
        }
        Instant now = Instant.now();
        ReleaseCalendar calendar = releases.calendar(now);
        ReleaseView shown = releases.latest(now);
        out.printf("NCPM Monitor is serving %s%s at %s (Ctrl-C to stop)%n",
                calendar.latest().map(r -> "release " + r.id() + " (" + shown.snapshot().figures().size() + " figures)")
                        .orElse("no figures: nothing is published yet"),
                shown.snapshot().sample() ? " of SAMPLE DATA" : "", address(bind, app.port()));
        if (calendar.latest().isEmpty()) {
            err.println("note: the public sees figures once a release is published: ncpm release prepare --period YYYY-MM, "
                    + "then ncpm release schedule ID --at YYYY-MM-DD");
        }
        calendar.nextDue().ifPresent(r -> out.println("Release " + r.id() + " is published at "
                + PublicationTime.words(r.publishAt().orElseThrow()) + "."));
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            access.ifPresent(a -> a.control().close());
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    /** The site on the snapshot, listening on the address and port given (0: any free port). */
    static Javalin listen(Snapshot snapshot, String bind, int port, boolean hsts) {
        return listen(snapshot, bind, port, hsts, SiteContact.NONE);
    }

    static Javalin listen(Snapshot snapshot, String bind, int port, boolean hsts, SiteContact contact) {
        return WebApp.create(Catalogue.bundled(), snapshot, SecurityHeaders.of(hsts), contact).start(bind, port);
    }

    /** The address the server listens on, as a URL; every interface said in words, as no browser opens 0.0.0.0. */
    static String address(String bind, int port) {
        boolean every = bind.equals("0.0.0.0") || bind.equals("::") || bind.equals("[::]");
        String host = bind.contains(":") && !bind.startsWith("[") ? "[" + bind + "]" : bind;
        return "http://" + host + ":" + port + "/" + (every ? " (every interface of this machine)" : "");
    }
}
