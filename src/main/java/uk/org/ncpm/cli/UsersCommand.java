package uk.org.ncpm.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ncpm users}: the accounts that sign in to the server. */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = {"Add, list and disable the people who sign in to `ncpm serve`, and reset their passwords.",
                "The first admin is made here; admins manage the rest at /admin/users. Every change is audited."},
        subcommands = {UsersAddCommand.class, UsersListCommand.class, UsersDisableCommand.class, UsersResetPasswordCommand.class})
final class UsersCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
