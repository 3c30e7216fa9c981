package uk.org.ncpm.stats;

import java.util.List;

/**
 * Special-cause variation found by one rule: which rule, in which direction, over which points.
 *
 * @param rule      the rule that fired
 * @param direction {@code UP} for points above the centre line, near or beyond the upper limit, or
 *                  increasing; {@code DOWN} for the opposite. Whether up is good depends on the metric.
 * @param first     position of the first point the signal covers
 * @param last      position of the last point the signal covers
 * @param points    positions of the points that make the signal (for {@link SpcRule#NEAR_LIMIT}, the
 *                  points beyond the 2-sigma line; otherwise every point from first to last present)
 */
public record SpcSignal(SpcRule rule, Direction direction, int first, int last, List<Integer> points) {

    /** Direction of a signal. */
    public enum Direction { UP, DOWN }

    public SpcSignal {
        points = List.copyOf(points);
    }

    @Override
    public String toString() {
        return rule.words() + " (" + direction + "), positions " + first + "–" + last + " " + points;
    }
}
