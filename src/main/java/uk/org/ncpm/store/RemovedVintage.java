package uk.org.ncpm.store;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A vintage taken out of the store.
 *
 * @param wasCurrent  figures used it when it was removed
 * @param madeCurrent the earlier vintage of the same file that figures use in its place, if any
 */
public record RemovedVintage(long id, String name, String publisher, LocalDate periodStart, LocalDate periodEnd,
                             long rows, boolean wasCurrent, Optional<Long> madeCurrent) {
}
