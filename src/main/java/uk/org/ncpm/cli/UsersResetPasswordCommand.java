package uk.org.ncpm.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.org.ncpm.access.AccessException;
import uk.org.ncpm.access.Passwords;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.Callable;

@Command(name = "reset-password", mixinStandardHelpOptions = true,
        description = "Give a user a new password (asked at the terminal, or --password-stdin).")
final class UsersResetPasswordCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "USERNAME")
    String username;

    @Mixin
    PasswordInput password;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        char[] secret = null;
        try {
            secret = password.read(username);
            String hash = Passwords.hash(secret);
            return UserChange.run(store, false, "reset-password", username, spec, "Set a new password for " + username + ".", users -> {
                users.setPasswordHash(username, hash);
                return null;
            });
        } catch (IllegalArgumentException | AccessException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: the password could not be read: " + e.getMessage());
            return 2;
        } finally {
            if (secret != null) {
                Arrays.fill(secret, ' ');
            }
        }
    }
}
