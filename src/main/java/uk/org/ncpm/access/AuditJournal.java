package uk.org.ncpm.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.store.StoreException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The server's audit events on their way to the store. The server does not hold the store (it may be busy
 * with an ingest), so each event is first appended to a journal beside it ({@code ncpm.duckdb.audit-journal},
 * one JSON object a line) and forced to disk before the action goes on; {@link #flush} later moves the
 * journal into the audit_event table under the store lock. The journal being flushed is renamed
 * {@code .flushing} first, so new events go on being appended meanwhile; it is deleted only after the
 * commit. An event carries its own key, so a flush repeated after a crash adds nothing twice.
 */
public final class AuditJournal {

    private static final Logger LOG = LoggerFactory.getLogger(AuditJournal.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path store;
    private final Catalogue catalogue;
    private final Path file;
    private final Path flushing;
    private final Object appending = new Object();
    private final Object flushes = new Object();

    public AuditJournal(Path store, Catalogue catalogue) {
        this.store = store;
        this.catalogue = catalogue;
        this.file = fileOf(store);
        this.flushing = file.resolveSibling(file.getFileName() + ".flushing");
    }

    /** The journal of a store: its name with {@code .audit-journal}. */
    public static Path fileOf(Path store) {
        Path absolute = store.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".audit-journal");
    }

    /** Appends the event and forces it to disk: once this returns, the event survives a crash. */
    public void record(AuditEvent event) {
        byte[] line = (toJson(event) + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (appending) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer buffer = ByteBuffer.wrap(line);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            } catch (IOException e) {
                throw new UncheckedIOException("the audit journal " + file + " could not be written: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Moves the journal into the store's audit log.
     *
     * @return true when nothing is left waiting; false when the store was busy (or could not be opened) and the
     *         events wait for the next try
     */
    public boolean flush() {
        synchronized (flushes) {
            try {
                if (!Files.exists(flushing)) {
                    synchronized (appending) {
                        if (!Files.exists(file) || Files.size(file) == 0) {
                            return true;
                        }
                        Files.move(file, flushing, StandardCopyOption.ATOMIC_MOVE);
                    }
                }
                List<AuditEvent> events = read(flushing);
                StoreVisit.during(store, catalogue, "audit journal", opened -> {
                    new AuditLog(opened).append(events);
                    return null;
                });
                Files.delete(flushing);
                return !Files.exists(file) || Files.size(file) == 0;
            } catch (StoreException | AccessException e) {
                LOG.debug("audit journal kept for later: {}", e.getMessage());
                return false;
            } catch (IOException e) {
                LOG.warn("audit journal {} could not be flushed: {}", file, e.getMessage());
                return false;
            }
        }
    }

    /** Events recorded but not yet in the store, oldest first. */
    public List<AuditEvent> pending() {
        synchronized (appending) {
            try {
                List<AuditEvent> events = new ArrayList<>(read(flushing));
                events.addAll(read(file));
                return events;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static List<AuditEvent> read(Path journal) throws IOException {
        List<AuditEvent> events = new ArrayList<>();
        if (!Files.exists(journal)) {
            return events;
        }
        int number = 0;
        for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                events.add(fromJson(line));
            } catch (IOException | RuntimeException e) {
                // a line cut short by a crash mid-write: the event it held was never acknowledged
                LOG.warn("audit journal {}, line {}: not an event, skipped: {}", journal, number, e.getMessage());
            }
        }
        return events;
    }

    static String toJson(AuditEvent e) {
        ObjectNode node = JSON.createObjectNode();
        node.put("key", e.key());
        node.put("at", e.at().toString());
        node.put("actor", e.actor());
        node.put("action", e.action());
        node.put("target", e.target().orElse(null));
        node.put("detail", e.detail().orElse(null));
        node.put("outcome", e.outcome().id());
        node.put("remote_address", e.remoteAddress().orElse(null));
        return node.toString();
    }

    static AuditEvent fromJson(String line) throws IOException {
        var node = JSON.readTree(line);
        return new AuditEvent(node.get("key").asText(), Instant.parse(node.get("at").asText()), node.get("actor").asText(),
                node.get("action").asText(), text(node, "target"), text(node, "detail"),
                AuditOutcome.of(node.get("outcome").asText()), text(node, "remote_address"));
    }

    private static Optional<String> text(com.fasterxml.jackson.databind.JsonNode node, String field) {
        var value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }
}
