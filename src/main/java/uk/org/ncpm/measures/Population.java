package uk.org.ncpm.measures;

import uk.org.ncpm.store.ObservationRow;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * The residents a rate is per: the mid-year estimate that falls inside the rolling year (every
 * twelve months contain one 30 June), or, when that one is not loaded, the latest estimate before
 * the period ends (ONS practice: the latest available mid-year), saying which.
 *
 * @param note e.g. "mid-2018 estimate" or "mid-2018 estimate (latest available)"
 */
record Population(double persons, String note, long file) {

    static Optional<Population> forPeriod(NavigableMap<LocalDate, ObservationRow> estimates, RollingPeriod period) {
        Map.Entry<LocalDate, ObservationRow> inside = estimates.floorEntry(period.end());
        if (inside == null) {
            return Optional.empty();
        }
        boolean within = !inside.getKey().isBefore(period.start());
        String note = "mid-" + inside.getKey().getYear() + " estimate" + (within ? "" : " (latest available)");
        return Optional.of(new Population(inside.getValue().value().getAsDouble(), note, inside.getValue().sourceFileId()));
    }
}
