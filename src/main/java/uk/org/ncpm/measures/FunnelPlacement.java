package uk.org.ncpm.measures;

import uk.org.ncpm.stats.FunnelLimits;
import uk.org.ncpm.stats.FunnelPosition;

/**
 * Where one force falls on a funnel plot: its count and population, its rate, the limits at its
 * population (as rates per the metric's residents, widened when over-dispersion is adjusted for) and
 * its position in the plain words of docs/method.md, "Funnel plots". Never a rank.
 */
public record FunnelPlacement(String forceCode, long count, double population, double rate, FunnelLimits limits,
                              FunnelPosition position) {
}
