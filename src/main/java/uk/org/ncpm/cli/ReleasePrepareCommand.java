package uk.org.ncpm.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.measures.Computation;
import uk.org.ncpm.measures.Method;
import uk.org.ncpm.release.Release;
import uk.org.ncpm.release.ReleaseRefused;
import uk.org.ncpm.release.ReleaseRegister;
import uk.org.ncpm.store.Store;
import uk.org.ncpm.store.StoreException;
import uk.org.ncpm.web.Snapshot;
import uk.org.ncpm.web.SnapshotDocument;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "prepare", mixinStandardHelpOptions = true,
        description = {"Freeze the current figures of the rolling year ending --period and of every earlier year, with "
                + "their diagnostics, the catalogue and method versions and the files they rest on, into a new release; "
                + "prints its id.",
                "A release of a period already published is a correction: say why with --reason."})
final class ReleasePrepareCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "The last month of the rolling year, e.g. 2021-06.")
    YearMonth period;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, for a correction of a published release.")
    String reason;

    @Spec
    CommandSpec spec;

    record Prepared(Release release, Snapshot snapshot) {
    }

    /** Freezes the store's figures of the period and every earlier one into a new release (also {@code demo}). */
    static Prepared prepare(Store opened, Catalogue catalogue, YearMonth period, Optional<String> reason, String actor)
            throws StoreException, ReleaseRefused {
        Snapshot snapshot = Snapshot.of(opened, catalogue, period);
        List<Long> vintages = snapshot.figures().stream().flatMap(f -> f.files().stream()).distinct().sorted().toList();
        int figures = (int) snapshot.figures().stream().filter(f -> f.periodEnd().equals(period)).count();
        ReleaseRegister.Content content = new ReleaseRegister.Content(period, SnapshotDocument.bytes(snapshot), figures,
                snapshot.sample(), vintages, catalogue.version(), Method.VERSION);
        return new Prepared(new ReleaseRegister(opened).prepare(content, actor, reason, Instant.now()), snapshot);
    }

    @Override
    public Integer call() {
        PeriodOption.rollingYear(period, spec);
        Catalogue catalogue = Catalogue.bundled();
        return ReleaseCommand.change(store, spec, "release prepare", (opened, out, err) -> {
            List<String> stale = new Computation(opened, catalogue).stale();
            if (!stale.isEmpty()) {
                err.println("error: the figures of " + String.join(", ", stale) + " are out of date with the files loaded: "
                        + "run `ncpm compute` first, so the release holds the figures of the files it names");
                return 1;
            }
            Prepared prepared = prepare(opened, catalogue, period, Optional.ofNullable(reason), ReleaseCommand.actor());
            Release release = prepared.release();
            out.println(release.id());
            err.println("prepared release " + release.id() + ": " + release.contents() + ", "
                    + prepared.snapshot().figures().size() + " figures in all (" + release.figures() + " of the year itself), resting on "
                    + release.vintages().size() + " source files" + release.supersedes().map(s -> "; it corrects " + s).orElse("")
                    + (release.sample() ? " (SAMPLE DATA)" : "") + ". Schedule it: ncpm release schedule " + release.id()
                    + " --at YYYY-MM-DD");
            return 0;
        });
    }
}
