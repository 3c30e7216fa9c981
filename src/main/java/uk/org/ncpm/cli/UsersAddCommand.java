package uk.org.ncpm.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.org.ncpm.access.AccessException;
import uk.org.ncpm.access.Passwords;
import uk.org.ncpm.access.Role;
import uk.org.ncpm.access.User;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Add a user who signs in with a password (asked at the terminal, never an argument).",
                "Roles: analyst (everything, releases), force and pcc (one force, --force CODE), admin (users, audit log)."})
final class UsersAddCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "USERNAME", description = "Lower-case letters, digits and . _ @ -, e.g. j.smith")
    String username;

    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "analyst, force, pcc or admin.")
    String role;

    @Option(names = "--force", paramLabel = "CODE", description = "The ONS code of the force of a force or pcc user, e.g. E23000003.")
    String force;

    @Option(names = "--name", paramLabel = "TEXT", description = "The name shown when signed in (default: the username).")
    String name;

    @Mixin
    PasswordInput password;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        User user;
        char[] secret = null;
        try {
            user = new User(username, name, Role.of(role), Optional.ofNullable(force));
            secret = password.read(username);
            String hash = Passwords.hash(secret);
            return UserChange.run(store, true, "add", username, spec, "Added " + describe(user) + ".", users -> {
                users.add(user, Optional.of(hash), Instant.now());
                return user.role().id() + user.forceCode().map(f -> " " + f).orElse("");
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

    static String describe(User user) {
        return user.username() + " (" + user.displayName() + "), " + user.role().id() + user.forceCode().map(f -> " of " + f).orElse("");
    }
}
