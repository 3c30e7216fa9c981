package uk.org.ncpm.store;

import uk.org.ncpm.ingest.SourceMarker;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A stored observation with the vintage it came from, as listed by {@code ncpm observations}.
 *
 * @param edition   how the publisher names the edition the vintage is (e.g. {@code ONS PFA tables, year ending
 *                  June 2019 edition}); empty for sources without editions
 * @param footnotes the source's footnotes that qualify this number, in the source's order; for a national
 *                  total, first a sentence saying what the published total includes or excludes
 */
public record ObservationRow(String metric, String areaCode, LocalDate periodStart, LocalDate periodEnd,
                             OptionalDouble value, OptionalDouble lower, OptionalDouble upper, String unit,
                             Optional<String> marker, String location, String note, long sourceFileId,
                             String sourceFileName, String sourceKind, Optional<String> edition,
                             List<String> footnotes) {

    public ObservationRow {
        footnotes = List.copyOf(footnotes);
    }

    /** {@code available}, or the source's marker in words, e.g. {@code not available in the source (NA)}. */
    public String status() {
        return marker.map(m -> new SourceMarker(m).words()).orElse("available");
    }
}
