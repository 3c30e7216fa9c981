package uk.org.ncpm.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.org.ncpm.release.PublicationTime;
import uk.org.ncpm.release.Release;
import uk.org.ncpm.release.ReleaseRegister;

import java.time.Instant;
import java.util.concurrent.Callable;

@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Announce when a prepared release is published: 09:30 UK time on the day given, or at the time "
                + "given. A time already passed publishes it now. A scheduled release may be re-scheduled until it is published."})
final class ReleaseScheduleCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "ID", description = "The release, as `ncpm release prepare` printed it.")
    String id;

    @Option(names = "--at", required = true, paramLabel = "YYYY-MM-DD[THH:MM]", description = "UK time; 09:30 when only a day is given.")
    String at;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return ReleaseCommand.change(store, spec, "release schedule", (opened, out, err) -> {
            Instant now = Instant.now();
            Release release = new ReleaseRegister(opened).schedule(id, PublicationTime.parse(at), ReleaseCommand.actor(), now);
            out.println("release " + release.id() + " (" + release.contents() + ") is " + release.status(now).word() + ": "
                    + (release.isPublished(now) ? "published now" : "published at " + PublicationTime.words(release.publishAt().orElseThrow())));
            return 0;
        });
    }
}
