package uk.org.ncpm.measures;

import uk.org.ncpm.catalogue.Force;

import java.util.Optional;

/**
 * Which forces a force is compared with (docs/method.md, "Comparator groups"). Comparator groups are
 * versioned data: HMICFRS "most similar groups" (up to seven forces, not symmetric, none for City of
 * London) once such a file is loaded, read by an implementation of this interface; until then
 * {@link RegionComparatorGroups}, which compares each force with the forces of its region.
 */
public interface ComparatorGroups {

    /** The group of a territorial force; empty when the grouping gives it none (City of London in HMICFRS groups). */
    Optional<ComparatorGroup> of(Force force);

    /** Said where a force has no group, e.g. "no most similar group (HMICFRS 2024 groups)". */
    String withoutGroup();
}
