package uk.org.ncpm.release;

import uk.org.ncpm.measures.RollingPeriod;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * One release: the figures of the rolling year ending {@code periodEnd} and of every earlier year, as they
 * were when it was prepared, and what happened to it since. Its status is not stored but read from the
 * clock: a release scheduled for 09:30 is published from 09:30 on, for every reader at once.
 *
 * @param vintages    the source files its figures rest on
 * @param supersedes  the published release of the same period this one corrects
 * @param reason      why the correction was made (for a correction)
 * @param publishAt   when it is (or was) to be published, if scheduled
 * @param cancelled   when it was cancelled and why, if it was
 */
public record Release(String id, YearMonth periodEnd, Instant preparedAt, String preparedBy, String catalogueVersion,
                      String methodVersion, List<Long> vintages, int figures, boolean sample, Optional<String> supersedes,
                      Optional<String> reason, String contentSha256, Optional<Instant> publishAt,
                      Optional<Cancellation> cancelled) {

    public record Cancellation(Instant at, String reason) {
    }

    public Release {
        vintages = List.copyOf(vintages);
    }

    public ReleaseStatus status(Instant now) {
        if (cancelled.isPresent()) {
            return ReleaseStatus.CANCELLED;
        }
        if (publishAt.isEmpty()) {
            return ReleaseStatus.PREPARED;
        }
        return publishAt.get().isAfter(now) ? ReleaseStatus.SCHEDULED : ReleaseStatus.PUBLISHED;
    }

    public boolean isPublished(Instant now) {
        return status(now) == ReleaseStatus.PUBLISHED;
    }

    /** When it was published, once it is. */
    public Optional<Instant> publishedAt(Instant now) {
        return isPublished(now) ? publishAt : Optional.empty();
    }

    /** Its title, e.g. "Figures for the year ending June 2021". */
    public String title() {
        return "Figures for the " + new RollingPeriod(periodEnd).label();
    }

    /** What it holds, within a sentence: "figures for the year ending June 2021". */
    public String contents() {
        return "figures for the " + new RollingPeriod(periodEnd).label();
    }
}
