package uk.org.ncpm.cli;

import uk.org.ncpm.text.NumberText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.org.ncpm.ingest.CoverageRow;
import uk.org.ncpm.ingest.CoverageStatus;
import uk.org.ncpm.ingest.StagingArea;
import uk.org.ncpm.sample.SampleSummary;
import uk.org.ncpm.catalogue.Area;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.measures.Computation;
import uk.org.ncpm.measures.FigureQuery;
import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.store.CoverageQuery;
import uk.org.ncpm.store.SourceFiles;
import uk.org.ncpm.store.Store;
import uk.org.ncpm.store.StoreException;
import uk.org.ncpm.store.StoreLock;

import java.io.IOException;
import uk.org.ncpm.release.Release;
import uk.org.ncpm.release.ReleaseRefused;
import uk.org.ncpm.release.ReleaseRegister;

import java.io.PrintWriter;
import java.time.YearMonth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"The product on its embedded default: create the store, generate the SAMPLE dataset, load it "
                + "through the same ingest as real files, and show what was loaded.",
                "Run again, it finds the sample already loaded and only shows it. Then it serves the site "
                        + "(http://127.0.0.1:7070/, this machine only) until stopped with Ctrl-C."})
final class DemoCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--port", defaultValue = "7070", description = "Port to serve the site on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--no-serve", description = "Load and compute only; do not serve the site (for scripts and tests).")
    boolean noServe;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            try (StoreLock lock = store.lock("demo")) {
                int code = load(out, err);
                if (code != 0) {
                    return code;
                }
            }
            return noServe ? 0 : ServeCommand.serve(store, port, out, err);
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    /** Loads the sample dataset unless it is there, then shows its coverage. */
    private int load(PrintWriter out, PrintWriter err) throws StoreException, IOException {
        {
            if (!alreadyLoaded()) {
                Path folder = Files.createTempDirectory("ncpm-sample-");
                try {
                    SampleSummary summary = SampleCommand.write(folder, SampleCommand.DEFAULT_SEED, SampleCommand.DEFAULT_SCALE);
                    SampleCommand.describe(summary, out);
                    int code = IngestCommand.ingest(store, List.of(folder), out, err, false, false, new VerboseOption());
                    if (code != 0) {
                        return code;
                    }
                } finally {
                    StagingArea.deleteTree(folder);
                }
            } else {
                out.println("The sample dataset is already loaded in " + store.path + ".");
            }
            showCoverage(out);
            return 0;
        }
    }

    private boolean alreadyLoaded() throws StoreException {
        try (Store opened = store.open()) {
            return new SourceFiles(opened).holdsSampleData();
        }
    }

    private void showCoverage(PrintWriter out) throws StoreException {
        try (Store opened = store.open()) {
            List<CoverageRow> coverage = new CoverageQuery(opened).list(Optional.empty(), Optional.empty(), Optional.empty());
            Map<String, Integer> byStatus = new TreeMap<>();
            coverage.forEach(row -> byStatus.merge(row.status().word(), 1, Integer::sum));
            out.println();
            out.println(SampleNotice.TEXT);
            out.printf("Store: %s. Coverage of data.police.uk street records: %d force-months, %s.%n", store.path,
                    coverage.size(), byStatus);
            coverage.stream().filter(row -> !row.status().equals(CoverageStatus.COMPLETE)).forEach(row ->
                    out.printf("  %s %s %s: %s%n", row.forceCode(), row.month(), row.status().word(), row.reason()));
            Computation.Result computed = new Computation(opened, Catalogue.bundled()).run(false, Instant.now());
            out.println();
            out.printf("Figures: %d computed now, %d metric sources already up to date.%n", computed.figures(),
                    computed.sourcesUnchanged());
            headline(opened, out);
            publishFirstRelease(opened, out);
            out.println();
            out.println("Also: ./ncpm figures --area K04000001   ./ncpm diagnostics --area gwent   ./ncpm coverage --force W15000002");
            out.println("      ./ncpm sources   ./ncpm ingest <official files>   (every command has --help)");
        }
    }

    /**
     * The site shows only published releases: a first demo publishes the sample's latest year at once, as an
     * analyst would with `ncpm release prepare` and `ncpm release schedule` (README, "A quarter's release").
     */
    private static void publishFirstRelease(Store store, PrintWriter out) throws StoreException {
        ReleaseRegister register = new ReleaseRegister(store);
        if (!register.list().isEmpty()) {
            return;
        }
        Optional<YearMonth> latest = new FigureQuery(store).list(Optional.empty(), Optional.empty(), Optional.empty()).stream()
                .map(Figure::periodEnd).max(YearMonth::compareTo);
        if (latest.isEmpty()) {
            return;
        }
        try {
            Release release = ReleasePrepareCommand.prepare(store, Catalogue.bundled(), latest.get(), Optional.empty(), "demo").release();
            Instant now = Instant.now();
            register.schedule(release.id(), now, "demo", now);
            out.println();
            out.println("Release " + release.id() + " (" + release.contents() + ") prepared and published now, so the site shows it: see `ncpm release`.");
        } catch (ReleaseRefused e) {
            throw new StoreException("the demo's release could not be made: " + e.getMessage(), null);
        }
    }

    /** England and Wales, latest rolling year of each metric source: the national picture the measures are judged on. */
    private static void headline(Store store, PrintWriter out) throws StoreException {
        List<Figure> national = new FigureQuery(store).list(Optional.empty(), Optional.empty(), Optional.empty())
                .stream().filter(f -> List.of(Area.ENGLAND_AND_WALES, Area.ENGLAND, "K02000001").contains(f.areaCode()))
                .toList();
        Map<String, Figure> latest = new TreeMap<>();
        for (Figure f : national) {
            latest.merge(f.metric() + " (" + f.source() + ")", f, (a, b) -> a.periodEnd().isAfter(b.periodEnd()) ? a : b);
        }
        out.println("National picture, latest rolling year against the year ending June 2019 (SAMPLE DATA):");
        latest.forEach((name, f) -> out.printf("  %-58s %s  %s%n", name, f.periodEnd(),
                f.isAvailable() ? NumberText.plain(f.value(), 1) + " (baseline " + NumberText.plain(f.baseline(), 1)
                        + "): " + f.verdict().orElse("no test") : ".. " + f.reason()));
    }
}
