package uk.org.ncpm.measures;

import uk.org.ncpm.stats.SpcRule;
import uk.org.ncpm.stats.SpcSignal;
import uk.org.ncpm.stats.SpcSignal.Direction;

import java.time.YearMonth;
import java.util.List;

/**
 * A special-cause signal of a force's monthly chart, by calendar month and in words, e.g. "a run of 7
 * points below the centre line, 2020-03 to 2020-09". Direction is said as above or below, rising or
 * falling, never as good or bad.
 *
 * @param months  the months that make the signal (for the near-limit rule, those beyond the 2-sigma line)
 * @param skipped gaps between the first and last month, which the rules skip (never read as zero)
 */
public record ChartSignal(SpcRule rule, Direction direction, YearMonth first, YearMonth last, List<YearMonth> months,
                          List<YearMonth> skipped, String words) {

    public ChartSignal {
        months = List.copyOf(months);
        skipped = List.copyOf(skipped);
    }

    /** The signal at calendar months, positions counted from {@code origin} (position 0). */
    static ChartSignal of(SpcSignal signal, YearMonth origin, MonthlySeries series) {
        YearMonth first = origin.plusMonths(signal.first());
        YearMonth last = origin.plusMonths(signal.last());
        List<YearMonth> months = signal.points().stream().map(origin::plusMonths).toList();
        List<YearMonth> skipped = series.gaps().keySet().stream().filter(m -> m.isAfter(first) && m.isBefore(last)).toList();
        return new ChartSignal(signal.rule(), signal.direction(), first, last, months, skipped,
                words(signal, months.size(), first, last, skipped));
    }

    private static String words(SpcSignal signal, int points, YearMonth first, YearMonth last, List<YearMonth> skipped) {
        boolean up = signal.direction() == Direction.UP;
        String what = switch (signal.rule()) {
            case OUTSIDE_LIMITS -> "a point " + (up ? "above the upper" : "below the lower") + " process limit";
            case RUN -> "a run of " + points + " points " + (up ? "above" : "below") + " the centre line";
            case TREND -> points + " points in a row " + (up ? "rising" : "falling");
            case NEAR_LIMIT -> points + " points close to the " + (up ? "upper" : "lower")
                    + " process limit (2 out of 3 in a row beyond two sigma)";
        };
        String span = first.equals(last) ? first.toString() : first + " to " + last;
        String gaps = skipped.isEmpty() ? "" : " (skipping the missing "
                + (skipped.size() == 1 ? "month " : "months ") + String.join(", ", skipped.stream().map(YearMonth::toString).toList()) + ")";
        return what + ", " + span + gaps;
    }
}
