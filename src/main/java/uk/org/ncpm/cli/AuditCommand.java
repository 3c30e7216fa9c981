package uk.org.ncpm.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.org.ncpm.access.AuditEvent;
import uk.org.ncpm.access.AuditJournal;
import uk.org.ncpm.access.AuditLog;
import uk.org.ncpm.access.AuditOutcome;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.store.Store;
import uk.org.ncpm.store.StoreException;
import uk.org.ncpm.store.StoreLock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"The audit log: sign-ins, failed sign-ins, user changes and every other privileged action, oldest first.",
                "A running server writes its events to the store every few seconds when no command is writing."})
final class AuditCommand implements Callable<Integer> {

    static final List<String> COLUMNS = List.of("id", "at", "actor", "action", "target", "detail", "outcome", "remote_address");

    @Mixin
    StoreOption store;

    @Mixin
    FormatOption format;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Only events from the start of this day (UTC).")
    String since;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<LocalDate> from;
        try {
            from = Optional.ofNullable(since).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            spec.commandLine().getErr().println("error: --since " + since + ": expected a date as YYYY-MM-DD, e.g. 2025-01-31");
            return 2;
        }
        Catalogue catalogue = Catalogue.bundled();
        try (StoreLock lock = store.lockExisting("audit")) {
            int waiting = new AuditJournal(store.path, catalogue).pending().size();
            if (waiting > 0) {
                spec.commandLine().getErr().println("note: " + waiting + " events of a running server are not in the store yet; "
                        + "it writes them within seconds of the store being free (" + AuditJournal.fileOf(store.path) + ")");
            }
            try (Store opened = store.open()) {
                AuditLog log = new AuditLog(opened);
                log.append(AuditEvent.of(Instant.now(), AuditEvent.commandLineActor(), "audit.read", null,
                        since == null ? null : "since " + since, AuditOutcome.SUCCESS, null));
                List<AuditLog.Entry> entries = new ArrayList<>(log.list(from, 0, Integer.MAX_VALUE));
                java.util.Collections.reverse(entries);
                List<List<Object>> rows = new ArrayList<>();
                for (AuditLog.Entry entry : entries) {
                    AuditEvent e = entry.event();
                    rows.add(List.of(entry.id(), e.at().toString(), e.actor(), e.action(), e.target().orElse(""), e.detail().orElse(""),
                            e.outcome().id(), e.remoteAddress().orElse("")));
                }
                new Listing(COLUMNS, rows).print(format.format, spec.commandLine().getOut());
                return 0;
            }
        } catch (StoreException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 1;
        }
    }
}
