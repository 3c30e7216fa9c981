package uk.org.ncpm.ingest;

import java.time.LocalDate;

/**
 * A published table that passed validation, ready to become a vintage in the store.
 *
 * @param sample the file is synthetic sample data (it carries {@link PoliceUkStreetFormat#SAMPLE_MARKER})
 */
public record TableFile(SourceEntry source, SourceFormat format, String sha256, long bytes, TableContent content,
                        boolean sample) {

    /** First day any of its observations covers. */
    public LocalDate periodStart() {
        return content.observations().stream().map(Observation::periodStart).min(LocalDate::compareTo)
                .orElse(LocalDate.EPOCH);
    }

    /** Last day any of its observations covers. */
    public LocalDate periodEnd() {
        return content.observations().stream().map(Observation::periodEnd).max(LocalDate::compareTo)
                .orElse(LocalDate.EPOCH);
    }

    public long rowsSetAside() {
        return content.setAside().values().stream().mapToLong(Long::longValue).sum();
    }
}
