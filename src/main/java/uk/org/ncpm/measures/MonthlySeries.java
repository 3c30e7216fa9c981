package uk.org.ncpm.measures;

import uk.org.ncpm.ingest.CoverageRow;
import uk.org.ncpm.ingest.CoverageStatus;

import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A force's monthly counts from {@code first} to {@code last}: every month is either counted or a gap
 * with the reason (its coverage status). A month that is missing or partial is a gap, never zero: a
 * smaller number would look like a fall in crime.
 *
 * @param counts months with a complete count
 * @param gaps   the other months, with why, e.g. "missing"
 */
public record MonthlySeries(YearMonth first, YearMonth last, NavigableMap<YearMonth, Long> counts,
                            Map<YearMonth, String> gaps) {

    public MonthlySeries {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("series must end on or after its first month " + first + ", found " + last);
        }
        counts = Collections.unmodifiableNavigableMap(new TreeMap<>(counts));
        gaps = Collections.unmodifiableMap(new TreeMap<>(gaps));
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            if (counts.containsKey(m) == gaps.containsKey(m)) {
                throw new IllegalArgumentException("month " + m + " must be either counted or a gap, "
                        + (counts.containsKey(m) ? "found both" : "found neither"));
            }
        }
        if (counts.size() + gaps.size() != first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1) {
            throw new IllegalArgumentException("series " + first + " to " + last + " has months outside that range");
        }
    }

    /** A series from counts, every month without one a gap "missing". */
    public static MonthlySeries of(YearMonth first, YearMonth last, Map<YearMonth, Long> counts) {
        Map<YearMonth, String> gaps = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            if (!counts.containsKey(m)) {
                gaps.put(m, CoverageStatus.MISSING.word());
            }
        }
        return new MonthlySeries(first, last, new TreeMap<>(counts), gaps);
    }

    /**
     * A force's data.police.uk crime records counted into a metric, for the months whose coverage is
     * complete; the others are gaps with their status ("missing", "partial").
     */
    static MonthlySeries fromStreetRecords(SourceData data, String metricId, String forceCode, YearMonth first,
                                           YearMonth last) {
        NavigableMap<YearMonth, Long> counts = new TreeMap<>();
        Map<YearMonth, String> gaps = new TreeMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            CoverageStatus status = data.coverage(forceCode, m).map(CoverageRow::status).orElse(CoverageStatus.MISSING);
            if (status == CoverageStatus.COMPLETE) {
                counts.put(m, data.streetCount(metricId, forceCode, m));
            } else {
                gaps.put(m, status.word());
            }
        }
        return new MonthlySeries(first, last, counts, gaps);
    }
}
