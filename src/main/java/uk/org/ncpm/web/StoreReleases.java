package uk.org.ncpm.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.release.Release;
import uk.org.ncpm.release.ReleaseCalendar;
import uk.org.ncpm.release.ReleaseRegister;
import uk.org.ncpm.release.ReleaseStatus;
import uk.org.ncpm.store.SourceFiles;
import uk.org.ncpm.store.Store;
import uk.org.ncpm.store.StoreBusyException;
import uk.org.ncpm.store.StoreException;
import uk.org.ncpm.store.StoreLock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The releases of a store, as `ncpm serve` serves them without holding the store: read when the server
 * starts and again whenever the store file changes (a release prepared, scheduled or cancelled by the
 * CLI while the site runs), each read taking the store for a moment and letting it go. A scheduled
 * release is read ahead of its instant, so it appears at that instant with no store read and no restart.
 */
final class StoreReleases implements SiteReleases, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoreReleases.class);
    static final long WATCH_MILLIS = 1000;

    private record State(List<Release> releases, Map<String, ReleaseView> views, ReleaseView nothingPublished) {
    }

    private final Path path;
    private final Catalogue catalogue;
    private final ScheduledExecutorService watcher;
    private volatile State state;
    private volatile String seen = "";
    /** The edition, worked out once per state and until the next scheduled instant (it is asked on every request). */
    private volatile Edition edition = new Edition(null, Instant.MIN, "");

    private record Edition(State of, Instant until, String key) {
    }

    private final java.time.Clock clock;

    private StoreReleases(Path path, Catalogue catalogue, java.time.Clock clock) {
        this.clock = clock;
        this.path = path;
        this.catalogue = catalogue;
        this.watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ncpm-release-watch");
            t.setDaemon(true);
            return t;
        });
    }

    /** The store's releases, read now and then whenever the store changes. */
    static StoreReleases watch(Path store, Catalogue catalogue) throws StoreException {
        return watch(store, catalogue, java.time.Clock.systemUTC());
    }

    static StoreReleases readOnce(Path store, Catalogue catalogue) throws StoreException {
        StoreReleases releases = new StoreReleases(store, catalogue, java.time.Clock.systemUTC());
        releases.refresh();
        releases.watcher.shutdown();
        return releases;
    }

    static StoreReleases watch(Path store, Catalogue catalogue, java.time.Clock clock) throws StoreException {
        StoreReleases releases = new StoreReleases(store, catalogue, clock);
        releases.refresh();
        releases.watcher.scheduleWithFixedDelay(releases::refreshIfChanged, WATCH_MILLIS, WATCH_MILLIS, TimeUnit.MILLISECONDS);
        return releases;
    }

    @Override
    public ReleaseCalendar calendar(Instant now) {
        return new ReleaseCalendar(state.releases(), now);
    }

    @Override
    public Optional<ReleaseView> view(String id) {
        return Optional.ofNullable(state.views().get(id));
    }

    @Override
    public ReleaseView latest(Instant now) {
        State s = state;
        return new ReleaseCalendar(s.releases(), now).latest().map(r -> s.views().get(r.id())).orElse(s.nothingPublished());
    }

    @Override
    public java.time.Clock clock() {
        return clock;
    }

    @Override
    public boolean released() {
        return true;
    }

    @Override
    public String edition(Instant now) {
        Edition e = edition;
        State s = state;
        if (e.of() == s && now.isBefore(e.until())) {
            return e.key();
        }
        ReleaseCalendar calendar = new ReleaseCalendar(s.releases(), now);
        Instant until = calendar.nextDue().flatMap(Release::publishAt).orElse(Instant.MAX);
        String key = SiteReleases.super.edition(now);
        edition = new Edition(s, until, key);
        return key;
    }

    /** The releases held: how many, for the server's first line. */
    List<Release> releases() {
        return state.releases();
    }

    private void refreshIfChanged() {
        try {
            if (!fingerprint().equals(seen)) {
                refresh();
            }
        } catch (StoreBusyException e) {
            LOG.debug("the store is busy; its releases are read again when it is free: {}", e.getMessage());
        } catch (StoreException | RuntimeException e) {
            LOG.warn("the store's releases could not be read again; the site keeps serving what it holds: {}", e.getMessage());
        }
    }

    /** Reads the register, and the content of every published or scheduled release not read before. */
    void refresh() throws StoreException {
        String before = fingerprint();
        State previous = state;
        try (StoreLock lock = StoreLock.take(path, "serve (reading the releases)"); Store store = Store.open(path, catalogue)) {
            ReleaseRegister register = new ReleaseRegister(store);
            List<Release> releases = register.list();
            Instant now = clock.instant();
            Map<String, ReleaseView> views = new HashMap<>();
            for (Release release : releases) {
                ReleaseStatus status = release.status(now);
                if (status != ReleaseStatus.PUBLISHED && status != ReleaseStatus.SCHEDULED) {
                    continue;
                }
                // a view already held keeps its content, read once, with the release as now (re-scheduled, say)
                ReleaseView held = previous == null ? null : previous.views().get(release.id());
                views.put(release.id(), held != null ? held.of(release) : ReleaseView.of(catalogue, Optional.of(release), read(register, release)));
            }
            boolean sample = new SourceFiles(store).holdsSampleData();
            state = new State(releases, views, ReleaseView.of(catalogue, Optional.empty(), new Snapshot(List.of(), sample)));
        }
        seen = before;
    }

    private static Snapshot read(ReleaseRegister register, Release release) throws StoreException {
        try {
            return SnapshotDocument.read(register.content(release.id()));
        } catch (IOException e) {
            throw new StoreException("release " + release.id() + " could not be read back: " + e.getMessage(), e);
        }
    }

    /** The store file's and its write-ahead log's size and time: any write changes one of them. */
    private String fingerprint() {
        return stamp(path) + "|" + stamp(path.resolveSibling(path.getFileName() + ".wal"));
    }

    private static String stamp(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis() : "-";
        } catch (IOException e) {
            return "?";
        }
    }

    @Override
    public void close() {
        watcher.shutdownNow();
    }
}
