package uk.org.ncpm.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.store.Store;
import uk.org.ncpm.store.StoreException;
import uk.org.ncpm.web.SiteReleases;
import uk.org.ncpm.web.Snapshot;
import uk.org.ncpm.web.SiteContact;
import uk.org.ncpm.web.StaticSite;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Write the public site of the published releases (`ncpm release`: the latest at the root, each "
                + "release under /releases/ID/; nothing of a release not yet published) as static files, "
                + "for any web server or CDN to serve at the root of a host: every page, stylesheet, font and image "
                + "the pages refer to, the API's JSON and CSV files (all figures and one file per metric), the "
                + "OpenAPI document and a 404.html.",
                "An address such as /forces/gwent is written as forces/gwent/index.html; a reference with a query string "
                        + "is rewritten to a file named after it. Fails, writing nothing, if any reference does not resolve.",
                "Try it: python3 -m http.server --bind 127.0.0.1 --directory DIR"})
final class PublishCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Mixin
    ContactOptions contact;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into (must be empty or new, "
            + "unless --force).")
    Path out;

    @Option(names = "--force", description = "Write into a folder that is not empty: files of the same name are replaced, "
            + "files an earlier publish there wrote and this one does not are removed, other files are left alone.")
    boolean force;

    @Option(names = "--list", description = "List every file written, with its size and the address it was read from.")
    boolean list;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "--out " + out + " is a file, not a folder");
        }
        if (!force && !StaticSite.isFreshFolder(out)) {
            throw new ParameterException(spec.commandLine(), "--out " + out + " is not empty; choose a new or empty folder, "
                    + "or add --force to publish over it");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        SiteContact given;
        try {
            given = contact.contact();
        } catch (IllegalArgumentException e) {
            stderr.println("error: " + e.getMessage());
            return 2;
        }
        long started = System.nanoTime();
        quietServer();
        StaticSite site;
        Snapshot snapshot;
        try {
            store.openExisting().close();
            SiteReleases releases = SiteReleases.read(store.path, Catalogue.bundled());
            java.time.Instant now = releases.clock().instant();
            snapshot = releases.latest(now).snapshot();
            if (releases.calendar(now).latest().isEmpty()) {
                stderr.println("warning: no release is published yet: the site says so and shows no figures "
                        + "(ncpm release prepare --period YYYY-MM, then ncpm release schedule ID --at YYYY-MM-DD)");
            }
            site = StaticSite.render(Catalogue.bundled(), releases, given);
        } catch (StoreException e) {
            stderr.println("error: " + e.getMessage());
            return 1;
        } catch (StaticSite.Incomplete e) {
            stderr.println("error: the site cannot be published whole; nothing was written:");
            e.problems().forEach(p -> stderr.println("  " + p));
            return 1;
        }
        site.writeTo(out);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (snapshot.sample()) {
            stdout.println(SampleNotice.TEXT);
        }
        site.warnings().forEach(w -> stderr.println("warning: " + w));
        if (list) {
            for (StaticSite.File f : site.files()) {
                stdout.printf(Locale.UK, "%,12d  %-50s  %s%n", f.bytes(), f.path(), f.address());
            }
        }
        describe(site, snapshot.figures().size(), seconds, stdout);
        return 0;
    }

    private void describe(StaticSite site, int figures, double seconds, PrintWriter stdout) {
        stdout.printf(Locale.UK, "Published the site of %,d figures to %s in %.1f s:%n", figures, out, seconds);
        for (StaticSite.Kind kind : StaticSite.Kind.values()) {
            List<StaticSite.File> of = site.files().stream().filter(f -> f.kind() == kind).toList();
            stdout.printf(Locale.UK, "  %5d %-26s %,12d bytes%n", of.size(), switch (kind) {
                case PAGE -> "pages (HTML)";
                case DATA -> "data files (JSON, CSV)";
                case ASSET -> "assets (CSS, fonts, images)";
            }, of.stream().mapToLong(StaticSite.File::bytes).sum());
        }
        stdout.printf(Locale.UK, "  %5d %-26s %,12d bytes%n", site.files().size(), "files in all", site.bytes());
        if (site.rewrittenReferences() > 0) {
            stdout.printf("%d references rewritten to reach their file on a static server (query strings, extensionless JSON).%n",
                    site.rewrittenReferences());
        }
        stdout.printf("Serve the folder at the root of a web server, e.g. python3 -m http.server --bind 127.0.0.1 --directory %s%n", out);
    }

    /**
     * The in-process server is an implementation detail of publishing: Jetty's and Javalin's start-up
     * lines and one line per request read would only confuse (a command-line process; only loggers
     * not yet created are affected, and only when not configured otherwise).
     */
    private static void quietServer() {
        for (String logger : List.of("org.eclipse.jetty", "io.javalin", "uk.org.ncpm.web.WebApp")) {
            String key = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(key) == null) {
                System.setProperty(key, "warn");
            }
        }
    }
}
