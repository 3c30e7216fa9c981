package uk.org.ncpm.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;

import uk.org.ncpm.stats.SpcSignal.Direction;

/**
 * Special-cause variation in a monthly series judged against an {@link XmrChart}, with the four
 * rules of NHS England's "Making Data Count" ({@link SpcRule}):
 * <ol type="a">
 *   <li>{@link SpcRule#OUTSIDE_LIMITS}: a point strictly above the upper or below the lower limit;
 *       one signal per point.</li>
 *   <li>{@link SpcRule#RUN}: 7 or more consecutive points strictly above (or strictly below) the
 *       centre line. <b>A point exactly on the centre line breaks the run.</b> One signal per maximal
 *       run, covering all of it.</li>
 *   <li>{@link SpcRule#TREND}: 6 or more consecutive points each strictly greater (or strictly less)
 *       than the one before, whichever side of the centre line. <b>Equal consecutive values break a
 *       trend.</b> One signal per maximal trend; a turning point belongs to the trends on both sides
 *       (1, 2, 3, 4, 5, 6, 5, 4, 3, 2, 1 is a rise of 6 and a fall of 6).</li>
 *   <li>{@link SpcRule#NEAR_LIMIT}: 2 or more of 3 consecutive points strictly beyond the same
 *       2-sigma line (points beyond the process limit count too). Overlapping qualifying windows on
 *       the same side make one signal; its points are those beyond the line.</li>
 * </ol>
 * <b>Missing months are skipped:</b> the caller passes the months present with their positions; the
 * rules read "consecutive" as consecutive among the points given, so a gap neither breaks nor
 * extends a run or trend, and is never treated as zero. Signals are listed by first position, then
 * rule. A point may appear in signals of several rules.
 *
 * <p>Citation: NHS England and NHS Improvement (2019) Making Data Count: Strengthening your decisions
 * (SPC rules, paraphrased: a single point outside the process limits; a run of 7 or more points above
 * or below the mean; a trend of 7 or more points increasing or decreasing; 2 out of 3 points close to
 * the process limits). The trend here is {@link SpcRule#TREND_LENGTH} = 6 points, as the project's
 * domain rules (docs/method.md, "Statistical process control") set it; Making Data Count's own trend rule
 * is 7 (as the NHS-R Community's NHSRplotthedots package implements it), so a 6-point trend signals
 * one month earlier than it would there.
 */
public final class SpcSignals {

    private final List<SpcSignal> signals;

    private SpcSignals(List<SpcSignal> signals) {
        this.signals = signals;
    }

    /**
     * The signals of a series.
     *
     * @param chart  centre line and limits, usually from the baseline year
     * @param points months present, in increasing order of position
     */
    public static SpcSignals of(XmrChart chart, List<SpcPoint> points) {
        checkOrder(points);
        List<SpcSignal> found = new ArrayList<>();
        for (SpcPoint point : points) {
            if (point.value() > chart.upperLimit() || point.value() < chart.lowerLimit()) {
                Direction direction = point.value() > chart.upperLimit() ? Direction.UP : Direction.DOWN;
                found.add(new SpcSignal(SpcRule.OUTSIDE_LIMITS, direction, point.position(), point.position(),
                        List.of(point.position())));
            }
        }
        // A run is a maximal stretch of equal non-zero sides of the centre line.
        addStretches(points, SpcRule.RUN, SpcRule.RUN_LENGTH, 0, i -> (int) Math.signum(points.get(i).value() - chart.centre()), found);
        // A trend is a maximal stretch of equal non-zero steps; stretch i..j of steps covers points i-1..j.
        addStretches(points, SpcRule.TREND, SpcRule.TREND_LENGTH - 1, 1,
                i -> (int) Math.signum(points.get(i).value() - points.get(i - 1).value()), found);
        addNearLimits(chart, points, Direction.UP, found);
        addNearLimits(chart, points, Direction.DOWN, found);
        found.sort(Comparator.comparingInt(SpcSignal::first).thenComparing(SpcSignal::rule));
        return new SpcSignals(List.copyOf(found));
    }

    /**
     * Signals for maximal stretches of indices {@code from..} with the same non-zero sign, at least
     * {@code minimum} long; each covers its indices and, for steps ({@code from = 1}), the point before.
     */
    private static void addStretches(List<SpcPoint> points, SpcRule rule, int minimum, int from, IntUnaryOperator sign,
                                     List<SpcSignal> found) {
        int start = from;
        for (int i = from; i <= points.size(); i++) {
            boolean ends = i == points.size() || sign.applyAsInt(i) == 0 || sign.applyAsInt(i) != sign.applyAsInt(start);
            if (!ends) {
                continue;
            }
            if (i - start >= minimum && sign.applyAsInt(start) != 0) {
                int firstPoint = start - from;
                List<Integer> positions = points.subList(firstPoint, i).stream().map(SpcPoint::position).toList();
                Direction direction = sign.applyAsInt(start) > 0 ? Direction.UP : Direction.DOWN;
                found.add(new SpcSignal(rule, direction, positions.get(0), positions.get(positions.size() - 1), positions));
            }
            start = i;
        }
    }

    private static void addNearLimits(XmrChart chart, List<SpcPoint> points, Direction side, List<SpcSignal> found) {
        TreeSet<Integer> beyond = new TreeSet<>();
        int lastWindow = Integer.MIN_VALUE;
        for (int start = 0; start + 3 <= points.size(); start++) {
            List<Integer> inWindow = new ArrayList<>();
            for (SpcPoint point : points.subList(start, start + 3)) {
                boolean isBeyond = side == Direction.UP ? point.value() > chart.upperTwoSigma()
                        : point.value() < chart.lowerTwoSigma();
                if (isBeyond) {
                    inWindow.add(point.position());
                }
            }
            if (inWindow.size() < 2) {
                continue;
            }
            if (start > lastWindow + 2 && !beyond.isEmpty()) {
                found.add(nearLimit(side, beyond));
                beyond.clear();
            }
            beyond.addAll(inWindow);
            lastWindow = start;
        }
        if (!beyond.isEmpty()) {
            found.add(nearLimit(side, beyond));
        }
    }

    private static SpcSignal nearLimit(Direction side, TreeSet<Integer> beyond) {
        return new SpcSignal(SpcRule.NEAR_LIMIT, side, beyond.first(), beyond.last(), List.copyOf(beyond));
    }

    /** Positions must strictly increase: a month appears at most once, in order. */
    static void checkOrder(List<SpcPoint> points) {
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).position() <= points.get(i - 1).position()) {
                throw new IllegalArgumentException("points must be in increasing order of position: found position "
                        + points.get(i).position() + " after " + points.get(i - 1).position());
            }
        }
    }

    /** All signals, by first position, then rule. */
    public List<SpcSignal> all() {
        return signals;
    }

    /** The signals of one rule. */
    public List<SpcSignal> byRule(SpcRule rule) {
        return signals.stream().filter(signal -> signal.rule() == rule).toList();
    }

    /** True when the series shows only common-cause variation. */
    public boolean isEmpty() {
        return signals.isEmpty();
    }

    @Override
    public String toString() {
        return signals.toString();
    }
}
