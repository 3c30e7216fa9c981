package uk.org.ncpm.release;

import uk.org.ncpm.store.Store;
import uk.org.ncpm.store.StoreException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The store's releases: prepared once, never updated; scheduling and cancelling are appended as events.
 * The rules (docs/method.md, "Releases"): one release in preparation or scheduled per period at a time; a
 * published release never changes, and a correction is a new release of the same period that supersedes
 * it, with its reason; a period earlier than the latest published one is only released as a correction.
 */
public final class ReleaseRegister {

    private final Store store;

    public ReleaseRegister(Store store) {
        this.store = store;
    }

    /** What a new release is made of: the frozen snapshot as bytes, and what it rests on. */
    public record Content(YearMonth periodEnd, byte[] document, int figures, boolean sample, List<Long> vintages,
                          String catalogueVersion, String methodVersion) {
    }

    /**
     * Freezes the content into a new release and returns it.
     *
     * @param reason why, when a release of the period is already published (a correction); empty otherwise
     */
    public Release prepare(Content content, String preparedBy, Optional<String> reason, Instant now)
            throws StoreException, ReleaseRefused {
        if (content.figures() == 0) {
            throw new ReleaseRefused("there are no figures for the year ending " + content.periodEnd()
                    + " in the store: load its files and run `ncpm compute` first");
        }
        List<Release> all = list();
        for (Release r : all) {
            ReleaseStatus status = r.status(now);
            if (r.periodEnd().equals(content.periodEnd()) && (status == ReleaseStatus.PREPARED || status == ReleaseStatus.SCHEDULED)) {
                throw new ReleaseRefused("release " + r.id() + " of the same period is already " + status.word()
                        + ": cancel it first (`ncpm release cancel " + r.id() + " --reason …`)");
            }
        }
        Optional<Release> corrected = all.stream().filter(r -> r.periodEnd().equals(content.periodEnd()) && r.isPublished(now))
                .max(java.util.Comparator.comparing(r -> r.publishAt().orElseThrow()));
        Optional<YearMonth> latestPublished = all.stream().filter(r -> r.isPublished(now)).map(Release::periodEnd)
                .max(YearMonth::compareTo);
        if (corrected.isPresent() && reason.filter(s -> !s.isBlank()).isEmpty()) {
            throw new ReleaseRefused("release " + corrected.get().id() + " of the same period is published and never changes: "
                    + "a correction is a new release that supersedes it, so say why with --reason");
        }
        if (corrected.isEmpty() && reason.isPresent()) {
            throw new ReleaseRefused("--reason is for a correction, and no release of the year ending " + content.periodEnd()
                    + " is published yet");
        }
        if (corrected.isEmpty() && latestPublished.isPresent() && content.periodEnd().isBefore(latestPublished.get())) {
            throw new ReleaseRefused("the year ending " + content.periodEnd() + " comes before the latest published release's ("
                    + latestPublished.get() + "), and none of it was published: an earlier period is only released as a correction");
        }
        long sameperiod = all.stream().filter(r -> r.periodEnd().equals(content.periodEnd())).count();
        String id = content.periodEnd() + "-" + (sameperiod + 1);
        Release release = new Release(id, content.periodEnd(), now, preparedBy, content.catalogueVersion(), content.methodVersion(),
                content.vintages(), content.figures(), content.sample(), corrected.map(Release::id), reason,
                sha256(content.document()), Optional.empty(), Optional.empty());
        insert(release, content.document());
        return release;
    }

    /** Schedules (or re-schedules) a release not yet published; an instant already passed publishes it now. */
    public Release schedule(String id, Instant publishAt, String actor, Instant now) throws StoreException, ReleaseRefused {
        Release release = find(id);
        ReleaseStatus status = release.status(now);
        if (status == ReleaseStatus.PUBLISHED || status == ReleaseStatus.CANCELLED) {
            throw new ReleaseRefused("release " + id + " is " + status.word() + ": " + (status == ReleaseStatus.PUBLISHED
                    ? "a published release never changes; a correction is a new release (`ncpm release prepare --period "
                    + release.periodEnd() + " --reason …`)" : "prepare a new release of the period instead"));
        }
        Instant at = publishAt.isBefore(now) ? now : publishAt;
        append(id, now, "scheduled", Optional.of(at), Optional.empty(), actor);
        return find(id);
    }

    /** Cancels a release not yet published. */
    public Release cancel(String id, String reason, String actor, Instant now) throws StoreException, ReleaseRefused {
        if (reason == null || reason.isBlank()) {
            throw new ReleaseRefused("say why the release is cancelled with --reason");
        }
        Release release = find(id);
        ReleaseStatus status = release.status(now);
        if (status == ReleaseStatus.PUBLISHED) {
            throw new ReleaseRefused("release " + id + " is published and never changes: a correction is a new release "
                    + "(`ncpm release prepare --period " + release.periodEnd() + " --reason …`)");
        }
        if (status == ReleaseStatus.CANCELLED) {
            throw new ReleaseRefused("release " + id + " is already cancelled");
        }
        append(id, now, "cancelled", Optional.empty(), Optional.of(reason), actor);
        return find(id);
    }

    public Release find(String id) throws StoreException, ReleaseRefused {
        return list().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new ReleaseRefused("there is no release '" + id + "' (`ncpm release list` lists them)"));
    }

    /** Every release, oldest prepared first. */
    public List<Release> list() throws StoreException {
        Map<String, Release> byId = new LinkedHashMap<>();
        try (PreparedStatement s = store.connection().prepareStatement(
                "SELECT id, period_end, prepared_at, prepared_by, catalogue_version, method_version, vintages, figures, sample, "
                        + "supersedes, reason, content_sha256 FROM release ORDER BY prepared_at, id");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                List<Long> vintages = Arrays.stream(rs.getString(7).split(";")).filter(v -> !v.isEmpty()).map(Long::valueOf).toList();
                byId.put(rs.getString(1), new Release(rs.getString(1), YearMonth.parse(rs.getString(2)), instant(rs.getTimestamp(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), vintages, rs.getInt(8), rs.getBoolean(9),
                        Optional.ofNullable(rs.getString(10)), Optional.ofNullable(rs.getString(11)), rs.getString(12),
                        Optional.empty(), Optional.empty()));
            }
        } catch (SQLException e) {
            throw new StoreException("the releases could not be read: " + e.getMessage(), e);
        }
        try (PreparedStatement s = store.connection().prepareStatement(
                "SELECT release_id, happened_at, action, publish_at, reason FROM release_event ORDER BY release_id, seq");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Release r = byId.get(rs.getString(1));
                byId.put(r.id(), switch (rs.getString(3)) {
                    case "scheduled" -> withEvent(r, Optional.of(instant(rs.getTimestamp(4))), Optional.empty());
                    case "cancelled" -> withEvent(r, r.publishAt(), Optional.of(new Release.Cancellation(instant(rs.getTimestamp(2)),
                            rs.getString(5))));
                    default -> throw new StoreException("release " + r.id() + " has an event the store does not know: "
                            + rs.getString(3), null);
                });
            }
        } catch (SQLException e) {
            throw new StoreException("the releases' events could not be read: " + e.getMessage(), e);
        }
        return new ArrayList<>(byId.values());
    }

    /** The frozen snapshot of a release, as prepared; refused if the stored bytes no longer match their hash. */
    public byte[] content(String id) throws StoreException {
        try (PreparedStatement s = store.connection().prepareStatement("SELECT content, content_sha256 FROM release WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("there is no release '" + id + "' in the store", null);
                }
                byte[] bytes = rs.getBytes(1);
                if (!sha256(bytes).equals(rs.getString(2))) {
                    throw new StoreException("the content of release " + id + " does not match its SHA-256: the store is damaged", null);
                }
                return bytes;
            }
        } catch (SQLException e) {
            throw new StoreException("release " + id + " could not be read: " + e.getMessage(), e);
        }
    }

    private static Release withEvent(Release r, Optional<Instant> publishAt, Optional<Release.Cancellation> cancelled) {
        return new Release(r.id(), r.periodEnd(), r.preparedAt(), r.preparedBy(), r.catalogueVersion(), r.methodVersion(),
                r.vintages(), r.figures(), r.sample(), r.supersedes(), r.reason(), r.contentSha256(), publishAt, cancelled);
    }

    private void insert(Release r, byte[] document) throws StoreException {
        Connection c = store.connection();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO release (id, period_end, prepared_at, prepared_by, catalogue_version, "
                + "method_version, vintages, figures, sample, supersedes, reason, content, content_sha256) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, r.id());
            s.setString(2, r.periodEnd().toString());
            s.setTimestamp(3, timestamp(r.preparedAt()));
            s.setString(4, r.preparedBy());
            s.setString(5, r.catalogueVersion());
            s.setString(6, r.methodVersion());
            s.setString(7, String.join(";", r.vintages().stream().map(String::valueOf).toList()));
            s.setInt(8, r.figures());
            s.setBoolean(9, r.sample());
            s.setString(10, r.supersedes().orElse(null));
            s.setString(11, r.reason().orElse(null));
            s.setBytes(12, document);
            s.setString(13, r.contentSha256());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("release " + r.id() + " could not be stored: " + e.getMessage(), e);
        }
    }

    private void append(String id, Instant at, String action, Optional<Instant> publishAt, Optional<String> reason, String actor)
            throws StoreException {
        try (PreparedStatement s = store.connection().prepareStatement("INSERT INTO release_event (release_id, seq, happened_at, action, "
                + "publish_at, reason, actor) SELECT ?, coalesce(max(seq), 0) + 1, ?, ?, ?, ?, ? FROM release_event WHERE release_id = ?")) {
            s.setString(1, id);
            s.setTimestamp(2, timestamp(at));
            s.setString(3, action);
            s.setTimestamp(4, publishAt.map(ReleaseRegister::timestamp).orElse(null));
            s.setString(5, reason.orElse(null));
            s.setString(6, actor);
            s.setString(7, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("release " + id + " could not be " + action + ": " + e.getMessage(), e);
        }
    }

    // TIMESTAMP columns hold UTC wall-clock time, independent of the machine's zone
    private static Timestamp timestamp(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
