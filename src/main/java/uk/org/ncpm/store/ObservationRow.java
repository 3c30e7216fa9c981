package uk.org.ncpm.store;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/** A stored observation with the vintage it came from, as listed by {@code ncpm observations}. */
public record ObservationRow(String metric, String areaCode, LocalDate periodStart, LocalDate periodEnd,
                             OptionalDouble value, OptionalDouble lower, OptionalDouble upper, String unit,
                             Optional<String> marker, String location, String note, long sourceFileId,
                             String sourceFileName, String sourceKind) {

    /** {@code available}, or {@code not available} with the source's marker. */
    public String status() {
        return marker.map(m -> "not available (" + m + ")").orElse("available");
    }
}
