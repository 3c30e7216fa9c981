package uk.org.ncpm.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.org.ncpm.access.Account;
import uk.org.ncpm.access.AuditEvent;
import uk.org.ncpm.access.AuditLog;
import uk.org.ncpm.access.AuditOutcome;
import uk.org.ncpm.access.Users;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.store.Store;
import uk.org.ncpm.store.StoreException;
import uk.org.ncpm.store.StoreLock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "list", mixinStandardHelpOptions = true, description = "The users, with their roles and forces (never a password hash).")
final class UsersListCommand implements Callable<Integer> {

    static final List<String> COLUMNS = List.of("username", "display_name", "role", "force_code", "disabled", "signs_in_with", "created_at");

    @Mixin
    StoreOption store;

    @Mixin
    FormatOption format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (StoreLock lock = store.lockExisting("users list"); Store opened = store.open()) {
            List<List<Object>> rows = new ArrayList<>();
            for (Account a : new Users(opened, Catalogue.bundled()).list()) {
                rows.add(List.of(a.username(), a.user().displayName(), a.user().role().id(), a.user().forceCode().orElse(""),
                        a.disabled(), a.passwordHash().isPresent() ? "password" : "openid-connect", a.createdAt().toString()));
            }
            new AuditLog(opened).append(AuditEvent.of(Instant.now(), AuditEvent.commandLineActor(), "user.list", null, null,
                    AuditOutcome.SUCCESS, null));
            new Listing(COLUMNS, rows).print(format.format, spec.commandLine().getOut());
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 1;
        }
    }
}
