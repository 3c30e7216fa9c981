package uk.org.ncpm.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One aggregated number from a published table, in the single shape every source is stored in.
 *
 * @param seriesId    a catalogue metric or series id (e.g. {@code homicide}, {@code domestic-burglary})
 * @param areaCode    force (E23…, W15…), region (E12…), country or England and Wales (K04000001)
 * @param periodStart first day covered (a quarter, 12 months, or a mid-year date for populations)
 * @param periodEnd   last day covered
 * @param value       the figure; empty when the source marks it not available
 * @param lower       lower bound of its published interval, if any
 * @param upper       upper bound of its published interval, if any
 * @param unit        e.g. {@code count}, {@code persons}, {@code percentage}
 * @param marker      when not available, the source's marker as published ({@link SourceMarker}: {@code [x]},
 *                    {@code [c]}, {@code NA}, {@code ..}, {@code blank} …); never stored as zero
 * @param location    where in the file it came from: {@code sheet 'Table P1', row 14, column F} or {@code line 7}
 * @param note        provenance or caveat worth keeping with the number, may be empty
 * @param footnotes   the source's footnotes that qualify this number (an imputed month, an undercount, what a
 *                    published total includes), as sentences; they travel with the figures they qualify
 *                    (docs/method.md, "Footnotes")
 */
public record Observation(String seriesId, String areaCode, LocalDate periodStart, LocalDate periodEnd,
                          OptionalDouble value, OptionalDouble lower, OptionalDouble upper, String unit,
                          Optional<String> marker, String location, String note, List<String> footnotes) {

    public Observation {
        footnotes = List.copyOf(footnotes);
        if (value.isEmpty() == marker.isEmpty()) {
            throw new IllegalArgumentException("an observation has either a value or a not-available marker: "
                    + seriesId + " " + areaCode + " " + periodEnd + " at " + location);
        }
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("period ends before it starts: " + periodStart + " to " + periodEnd);
        }
    }

    /** An observation without footnotes. */
    public Observation(String seriesId, String areaCode, LocalDate periodStart, LocalDate periodEnd,
                       OptionalDouble value, OptionalDouble lower, OptionalDouble upper, String unit,
                       Optional<String> marker, String location, String note) {
        this(seriesId, areaCode, periodStart, periodEnd, value, lower, upper, unit, marker, location, note, List.of());
    }

    /** The same number with these footnotes instead of its own. */
    public Observation withFootnotes(List<String> footnotes) {
        return new Observation(seriesId, areaCode, periodStart, periodEnd, value, lower, upper, unit, marker, location,
                note, footnotes);
    }

    /** A published count or estimate without interval. */
    public static Observation of(String seriesId, String areaCode, LocalDate periodStart, LocalDate periodEnd,
                                 double value, String unit, String location, String note) {
        return new Observation(seriesId, areaCode, periodStart, periodEnd, OptionalDouble.of(value),
                OptionalDouble.empty(), OptionalDouble.empty(), unit, Optional.empty(), location, note);
    }

    /** A cell the source marks as not available ({@link SourceMarker}: {@code [x]}, {@code NA}, {@code ..}, blank …). */
    public static Observation notAvailable(String seriesId, String areaCode, LocalDate periodStart, LocalDate periodEnd,
                                           String marker, String unit, String location, String note) {
        return new Observation(seriesId, areaCode, periodStart, periodEnd, OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), unit, Optional.of(marker.isBlank() ? SourceMarker.BLANK : marker),
                location, note);
    }

    public boolean isAvailable() {
        return value.isPresent();
    }
}
