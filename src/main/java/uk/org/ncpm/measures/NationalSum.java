package uk.org.ncpm.measures;

import java.util.List;
import java.util.OptionalDouble;

/**
 * What stands behind an England and Wales figure summed from forces (docs/method.md, "England and
 * Wales"): the forces left out of both years (like-for-like), the share of the England and Wales
 * population the forces summed hold, and the source's own national total, shown as such.
 *
 * @param excludedForces  codes of the forces left out of both years for missing data
 * @param populationShare share (0–1) of the England and Wales population held by the forces summed
 * @param published       the source's own England and Wales total, where it gives one
 * @param publishedNote   what that total includes or excludes, as the source says
 */
public record NationalSum(List<String> excludedForces, OptionalDouble populationShare, OptionalDouble published,
                          String publishedNote) {

    public static final NationalSum NONE = new NationalSum(List.of(), OptionalDouble.empty(), OptionalDouble.empty(), "");

    public NationalSum {
        excludedForces = List.copyOf(excludedForces);
    }
}
