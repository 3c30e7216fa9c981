package uk.org.ncpm.web;

import uk.org.ncpm.release.PublicationTime;
import uk.org.ncpm.release.Release;
import uk.org.ncpm.release.ReleaseCalendar;
import uk.org.ncpm.release.ReleaseStatus;

import java.util.List;
import java.util.Optional;

/**
 * The release calendar: when the next releases are due (their dates only: what they hold is not public
 * before they are), and every published release with what it corrects or what corrected it.
 */
public record ReleasesPage(List<String> upcoming, List<Published> published, List<String> cancelled, boolean sample) {

    /** A published release as the calendar lists it. */
    public record Published(String id, String title, String publishedAt, Optional<String> corrects, Optional<String> reason,
                            Optional<String> correctedBy, boolean latest) {
    }

    static ReleasesPage of(ReleaseCalendar calendar, boolean sample) {
        Optional<String> latest = calendar.latest().map(Release::id);
        List<Published> published = calendar.published().stream().map(r -> new Published(r.id(), r.title(),
                PublicationTime.words(r.publishAt().orElseThrow()), r.supersedes(), r.reason(),
                calendar.supersededBy(r).map(Release::id), latest.filter(r.id()::equals).isPresent())).toList();
        List<String> upcoming = calendar.upcoming().stream().map(r -> PublicationTime.words(r.publishAt().orElseThrow())).toList();
        // a cancelled release that had been announced is said, by its date, never by what it held
        List<String> cancelled = calendar.releases().stream()
                .filter(r -> r.status(calendar.now()) == ReleaseStatus.CANCELLED && r.publishAt().isPresent())
                .map(r -> "The release due at " + PublicationTime.words(r.publishAt().get()) + " was cancelled: "
                        + r.cancelled().orElseThrow().reason()).toList();
        return new ReleasesPage(upcoming, published, cancelled, sample);
    }
}
