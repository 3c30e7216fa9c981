package uk.org.ncpm.cli;

import picocli.CommandLine.Model.CommandSpec;
import uk.org.ncpm.access.AccessException;
import uk.org.ncpm.access.AuditEvent;
import uk.org.ncpm.access.AuditLog;
import uk.org.ncpm.access.AuditOutcome;
import uk.org.ncpm.access.Users;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.store.Store;
import uk.org.ncpm.store.StoreException;
import uk.org.ncpm.store.StoreLock;

import java.time.Instant;

/** What every `ncpm users` change does: take the store's lock, change, record who did it, in one visit. */
final class UserChange {

    /** The change itself. */
    @FunctionalInterface
    interface Work {
        /** @return the audit detail */
        String apply(Users users) throws AccessException, StoreException;
    }

    private UserChange() {
    }

    /**
     * @param create the store may be made by this change (the first admin before any data)
     * @return the exit code: 0 done, 1 the store failed, 2 refused (nothing changed)
     */
    static int run(StoreOption store, boolean create, String action, String target, CommandSpec spec, String done, Work work) {
        Catalogue catalogue = Catalogue.bundled();
        try (StoreLock lock = create ? store.lock("users " + action) : store.lockExisting("users " + action);
             Store opened = store.open()) {
            String detail = work.apply(new Users(opened, catalogue));
            new AuditLog(opened).append(AuditEvent.of(Instant.now(), AuditEvent.commandLineActor(), "user." + action, target,
                    detail, AuditOutcome.SUCCESS, null));
            spec.commandLine().getOut().println(done);
            return 0;
        } catch (AccessException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 2;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 1;
        }
    }
}
