package uk.org.ncpm.measures;

import uk.org.ncpm.catalogue.Force;

import java.util.List;
import java.util.Optional;

/**
 * Diagnostics of one force for one rolling year (docs/method.md, "Force diagnostics"):
 * for each metric source with force figures, the force beside its comparator group and England and
 * Wales, its place on the funnel plot, and for monthly sources the SPC signals of its series.
 *
 * @param group   the force's comparator group; empty when it has none
 * @param sources one entry per metric source with force figures, in catalogue order
 */
public record Diagnostics(Force force, RollingPeriod period, Optional<ComparatorGroup> group,
                          List<SourceDiagnostics> sources) {

    /** Said with every set of diagnostics. */
    public static final String PURPOSE = "Local proxy measures, used diagnostically to find good practice and to "
            + "support and challenge: they are not targets, and forces are not ranked.";

    public Diagnostics {
        sources = List.copyOf(sources);
    }
}
