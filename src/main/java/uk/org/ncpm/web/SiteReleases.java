package uk.org.ncpm.web;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.release.Release;
import uk.org.ncpm.release.ReleaseCalendar;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The releases a site serves, as known at an instant. The public sees the latest published release by
 * default and any published release at its own address; nothing of a scheduled release is shown to the
 * public before its instant (docs/method.md, "Releases").
 */
public interface SiteReleases {

    ReleaseCalendar calendar(Instant now);

    /** The view of a release the site holds (published or scheduled); empty for an id it does not know. */
    Optional<ReleaseView> view(String id);

    /** What the public sees at {@code now}: the latest published release, or a view with no figures. */
    ReleaseView latest(Instant now);

    /** The clock releases are published by (a test sets its own). */
    default java.time.Clock clock() {
        return java.time.Clock.systemUTC();
    }

    /** Whether the site's figures come from the register at all (a snapshot served as it is has no releases). */
    boolean released();

    /** A store's releases, read now and again whenever the store changes ({@code ncpm serve}). */
    static SiteReleases watch(java.nio.file.Path store, Catalogue catalogue) throws uk.org.ncpm.store.StoreException {
        return StoreReleases.watch(store, catalogue);
    }

    /** A store's releases as they are now, read once ({@code ncpm publish}). */
    static SiteReleases read(java.nio.file.Path store, Catalogue catalogue) throws uk.org.ncpm.store.StoreException {
        return StoreReleases.readOnce(store, catalogue);
    }

    /** One snapshot served as it is, with no register: tests, and hand-made sites. */
    static SiteReleases fixed(Catalogue catalogue, Snapshot snapshot) {
        ReleaseView view = ReleaseView.of(catalogue, Optional.empty(), snapshot);
        return new SiteReleases() {
            @Override
            public ReleaseCalendar calendar(Instant now) {
                return new ReleaseCalendar(List.of(), now);
            }

            @Override
            public Optional<ReleaseView> view(String id) {
                return Optional.empty();
            }

            @Override
            public ReleaseView latest(Instant now) {
                return view;
            }

            @Override
            public boolean released() {
                return false;
            }

            @Override
            public String edition(Instant now) {
                return "";
            }
        };
    }

    /**
     * What the public is shown at {@code now}, as a key: the releases published and the next one due. Every
     * page names the release it shows and the next due, so an answer is kept only while this is unchanged.
     */
    default String edition(Instant now) {
        ReleaseCalendar calendar = calendar(now);
        return String.join(";", calendar.published().stream().map(Release::id).toList()) + "|"
                + calendar.upcoming().stream().map(r -> r.id() + "@" + r.publishAt().orElseThrow()).findFirst().orElse("");
    }
}
