package uk.org.ncpm.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A stored vintage of an input file, as listed by {@code ncpm sources}. */
public record SourceFileRow(long id, String kind, String name, Optional<String> container, String sha256, long bytes,
                            long rows, long rowsStored, long rowsSetAside, Optional<String> setAsideReason,
                            long crimeRecords, long asbRecords, long duplicateIds, Optional<String> forceCode,
                            String publisher, LocalDate periodStart, LocalDate periodEnd, boolean sample,
                            String catalogueVersion, Instant ingestedAt, Optional<Long> supersededBy) {

    public boolean isCurrent() {
        return supersededBy.isEmpty();
    }
}
