package uk.org.ncpm.access;

import uk.org.ncpm.store.Store;
import uk.org.ncpm.store.StoreException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The audit log in the store (table audit_event): appended to, read, never updated or deleted from. */
public final class AuditLog {

    /** A recorded event with its place in the log. */
    public record Entry(long id, AuditEvent event) {
    }

    private final Store store;

    public AuditLog(Store store) {
        this.store = store;
    }

    /** Appends the events in one transaction; an event whose key is there already is not added twice. */
    public void append(Collection<AuditEvent> events) throws StoreException {
        var connection = store.connection();
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT OR IGNORE INTO audit_event "
                    + "(event_key, occurred_at, actor, action, target, detail, outcome, remote_address) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (AuditEvent e : events) {
                    Users.bind(insert, e.key(), utc(e.at()), e.actor(), e.action(), e.target().orElse(null),
                            e.detail().orElse(null), e.outcome().id(), e.remoteAddress().orElse(null));
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StoreException("store " + store.path() + ": audit events could not be written: " + e.getMessage(), e);
        }
    }

    public void append(AuditEvent event) throws StoreException {
        append(List.of(event));
    }

    /** Events from the start of a day (UTC), newest first, a page at a time. */
    public List<Entry> list(Optional<LocalDate> since, int offset, int limit) throws StoreException {
        try (PreparedStatement select = store.connection().prepareStatement("SELECT id, event_key, occurred_at, actor, action, target, "
                + "detail, outcome, remote_address FROM audit_event WHERE occurred_at >= ? ORDER BY id DESC LIMIT ? OFFSET ?")) {
            Users.bind(select, start(since), limit, offset);
            List<Entry> entries = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    entries.add(new Entry(rs.getLong(1), new AuditEvent(rs.getString(2),
                            rs.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString(4), rs.getString(5),
                            Optional.ofNullable(rs.getString(6)), Optional.ofNullable(rs.getString(7)),
                            AuditOutcome.of(rs.getString(8)), Optional.ofNullable(rs.getString(9)))));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new StoreException("store " + store.path() + ": the audit log could not be read: " + e.getMessage(), e);
        }
    }

    public long count(Optional<LocalDate> since) throws StoreException {
        try (PreparedStatement select = store.connection().prepareStatement("SELECT count(*) FROM audit_event WHERE occurred_at >= ?")) {
            Users.bind(select, start(since));
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("store " + store.path() + ": the audit log could not be read: " + e.getMessage(), e);
        }
    }

    private static LocalDateTime start(Optional<LocalDate> since) {
        return since.orElse(LocalDate.of(1970, 1, 1)).atStartOfDay();
    }

    static LocalDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDateTime();
    }
}
