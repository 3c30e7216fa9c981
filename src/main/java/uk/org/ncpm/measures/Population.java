package uk.org.ncpm.measures;

import uk.org.ncpm.store.ObservationRow;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * The residents a rate is per (docs/method.md, "Rates"): the mid-year estimate that falls inside the
 * rolling year, or when that one is not loaded the latest before it (ONS practice: the latest
 * available mid-year), but only an estimate within one year of the period's mid-point: an older one
 * would make a rate of the wrong population.
 *
 * @param year the mid-year of the estimate
 * @param note e.g. "mid-2018 estimate" or "mid-2018 estimate (latest available)"
 */
record Population(double persons, int year, String note, long file) {

    /** The estimate for a period, if one within a year of its mid-point is loaded. */
    static Optional<Population> forPeriod(NavigableMap<LocalDate, ObservationRow> estimates, RollingPeriod period) {
        Map.Entry<LocalDate, ObservationRow> latest = estimates.floorEntry(period.end());
        if (latest == null || !withinAYear(latest.getKey(), period)) {
            return Optional.empty();
        }
        return Optional.of(of(latest, period));
    }

    /** The estimate of a given mid-year, if loaded and within a year of the period's mid-point. */
    static Optional<Population> ofYear(NavigableMap<LocalDate, ObservationRow> estimates, int year, RollingPeriod period) {
        return estimates.entrySet().stream().filter(e -> e.getKey().getYear() == year)
                .filter(e -> withinAYear(e.getKey(), period)).findFirst().map(e -> of(e, period));
    }

    /** Why there is no estimate for the period: the newest one loaded, or none. */
    static String missing(NavigableMap<LocalDate, ObservationRow> estimates, RollingPeriod period) {
        Map.Entry<LocalDate, ObservationRow> latest = estimates.floorEntry(period.end());
        if (latest == null) {
            return "no population estimate loaded up to " + RollingPeriod.monthName(period.lastMonth());
        }
        return "the latest population estimate loaded (mid-" + latest.getKey().getYear()
                + ") is more than a year from the middle of the " + period.label();
    }

    private static Population of(Map.Entry<LocalDate, ObservationRow> e, RollingPeriod period) {
        boolean inside = !e.getKey().isBefore(period.start());
        String note = "mid-" + e.getKey().getYear() + " estimate" + (inside ? "" : " (latest available)");
        return new Population(e.getValue().value().getAsDouble(), e.getKey().getYear(), note, e.getValue().sourceFileId());
    }

    /** The period's mid-point is the last day of its sixth month; an estimate is for 30 June of its year. */
    private static boolean withinAYear(LocalDate estimate, RollingPeriod period) {
        LocalDate middle = period.firstMonth().plusMonths(5).atEndOfMonth();
        return Math.abs(ChronoUnit.DAYS.between(middle, estimate)) <= 366;
    }
}
