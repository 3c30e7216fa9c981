package uk.org.ncpm.release;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The releases as the public sees them at an instant: what is published (the latest shown by default),
 * what is announced, and when the next is due. Nothing here depends on who is asking; who may see a
 * scheduled release before its instant is decided in {@code access}.
 */
public record ReleaseCalendar(List<Release> releases, Instant now) {

    public ReleaseCalendar {
        releases = List.copyOf(releases);
    }

    /** Published releases, the latest first: by period, then by publication (a correction after what it corrects). */
    public List<Release> published() {
        return releases.stream().filter(r -> r.isPublished(now))
                .sorted(Comparator.comparing(Release::periodEnd).thenComparing(r -> r.publishAt().orElseThrow()).reversed())
                .toList();
    }

    /** What the site shows by default: the latest period's latest published release. */
    public Optional<Release> latest() {
        return published().stream().findFirst();
    }

    /** Scheduled releases, the soonest first. */
    public List<Release> upcoming() {
        return releases.stream().filter(r -> r.status(now) == ReleaseStatus.SCHEDULED)
                .sorted(Comparator.comparing(r -> r.publishAt().orElseThrow())).toList();
    }

    public Optional<Release> nextDue() {
        return upcoming().stream().findFirst();
    }

    /** The release published after this one for the same period, correcting it. */
    public Optional<Release> supersededBy(Release release) {
        return published().stream().filter(r -> r.supersedes().filter(release.id()::equals).isPresent()).findFirst();
    }

    /** The release published before this one, which its "what changed" compares against. */
    public Optional<Release> previous(Release release) {
        return published().stream().filter(r -> !r.id().equals(release.id()))
                .filter(r -> release.publishAt().map(at -> r.publishAt().orElseThrow().isBefore(at)).orElse(true))
                .findFirst();
    }

    public Optional<Release> find(String id) {
        return releases.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
