package uk.org.ncpm.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.org.ncpm.release.Release;
import uk.org.ncpm.release.ReleaseRegister;

import java.time.Instant;
import java.util.concurrent.Callable;

@Command(name = "cancel", mixinStandardHelpOptions = true,
        description = "Cancel a release not yet published, with the reason (kept in the register). A published release "
                + "never changes: correct it with a new release of its period.")
final class ReleaseCancelCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "ID", description = "The release.")
    String id;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why it is cancelled.")
    String reason;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return ReleaseCommand.change(store, spec, "release cancel", (opened, out, err) -> {
            Release release = new ReleaseRegister(opened).cancel(id, reason, ReleaseCommand.actor(), Instant.now());
            out.println("release " + release.id() + " is cancelled: " + reason);
            return 0;
        });
    }
}
