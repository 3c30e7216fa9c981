package uk.org.ncpm.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.org.ncpm.release.PublicationTime;
import uk.org.ncpm.release.Release;
import uk.org.ncpm.release.ReleaseRefused;
import uk.org.ncpm.release.ReleaseRegister;
import uk.org.ncpm.store.Store;
import uk.org.ncpm.store.StoreException;
import uk.org.ncpm.store.StoreLock;

import java.io.PrintWriter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "release", mixinStandardHelpOptions = true,
        subcommands = {ReleasePrepareCommand.class, ReleaseScheduleCommand.class, ReleaseCancelCommand.class},
        description = {"List the releases: figures frozen for one period and published at 09:30 on an announced day "
                + "(docs/method.md, \"Releases\").",
                "A quarter's release: `release prepare --period YYYY-MM`, then `release schedule ID --at YYYY-MM-DD`."})
final class ReleaseCommand implements Callable<Integer> {

    static final List<String> COLUMNS = List.of("id", "period_end", "status", "publish_at", "prepared_at", "prepared_by",
            "published_at", "supersedes", "reason");

    @Mixin
    StoreOption store;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Instant now = Instant.now();
        return ListingRun.print(store, output.format, spec, (opened, format) -> {
            List<List<Object>> rows = new ArrayList<>();
            for (Release r : new ReleaseRegister(opened).list()) {
                rows.add(List.of(r.id(), r.periodEnd().toString(), r.status(now).word(),
                        r.publishAt().map(PublicationTime::iso).orElse(""), PublicationTime.iso(r.preparedAt()), r.preparedBy(),
                        r.publishedAt(now).map(PublicationTime::iso).orElse(""), r.supersedes().orElse(""),
                        r.cancelled().map(Release.Cancellation::reason).or(r::reason).orElse("")));
            }
            return new Listing(COLUMNS, rows);
        });
    }

    /** A change to the register, made with the store taken and open. */
    @FunctionalInterface
    interface Change {
        int make(Store opened, PrintWriter out, PrintWriter err) throws StoreException, ReleaseRefused;
    }

    /** Runs a change as {@code command}: a refused action is exit 2, a store that fails exit 1, each said in one line. */
    static int change(StoreOption store, CommandSpec spec, String command, Change change) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (StoreLock lock = store.lockExisting(command); Store opened = store.open()) {
            return change.make(opened, out, err);
        } catch (ReleaseRefused e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    /** Who is acting, as the register records it: the operating system's user of a command. */
    static String actor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }
}
