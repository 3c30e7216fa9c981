package uk.org.ncpm.stats;

import java.util.List;

/**
 * An XmR (individuals and moving range) chart: centre line and process limits computed from
 * baseline points (e.g. the 12 months of the baseline year ending June 2019).
 *
 * <pre>
 *   centre = mean of the baseline values
 *   MR̄    = mean of |x_t - x_(t-1)| over baseline months t, t-1 both present
 *   limits = centre ± 2.66·MR̄                (3 sigma, sigma = MR̄ / 1.128)
 *   2-sigma lines = centre ± (2/3)·2.66·MR̄   (for the "close to a limit" rule)
 * </pre>
 * 2.66 = 3 / d2 with d2 = 1.128, the bias constant of the range of two observations.
 *
 * <p>Missing months are skipped, never zero: the centre averages the months present, and a moving
 * range is taken only between consecutive calendar months (a range across a gap would mix two
 * months' drift into point-to-point variation). The lower limit is not truncated at zero; for counts
 * a negative lower limit just cannot be crossed. After a sustained shift the chart may be rebuilt
 * from later points by the caller.
 *
 * <p>Edge cases: at least two baseline points, including one pair of consecutive months, are
 * required; Making Data Count advises at least 12 (fewer gives provisional limits). A perfectly
 * flat baseline has MR̄ = 0 and every limit on the centre line.
 *
 * <p>Citations: Wheeler D.J. (2000) Understanding Variation: the Key to Managing Chaos, 2nd ed., SPC
 * Press; NHS England and NHS Improvement (2019) Making Data Count: Strengthening your decisions.
 */
public final class XmrChart {

    /** 3 / d2, d2 = 1.128 for moving ranges of two points. */
    public static final double LIMIT_FACTOR = 2.66;

    private final double centre;
    private final double averageMovingRange;

    private XmrChart(double centre, double averageMovingRange) {
        this.centre = centre;
        this.averageMovingRange = averageMovingRange;
    }

    /**
     * The chart of the baseline points.
     *
     * @param baseline points in increasing order of position
     */
    public static XmrChart of(List<SpcPoint> baseline) {
        SpcSignals.checkOrder(baseline);
        if (baseline.size() < 2) {
            throw new IllegalArgumentException("baseline must have at least 2 points, found " + baseline.size());
        }
        double sum = 0;
        double rangeSum = 0;
        int ranges = 0;
        for (int i = 0; i < baseline.size(); i++) {
            sum += baseline.get(i).value();
            if (i > 0 && baseline.get(i).position() == baseline.get(i - 1).position() + 1) {
                rangeSum += Math.abs(baseline.get(i).value() - baseline.get(i - 1).value());
                ranges++;
            }
        }
        if (ranges == 0) {
            throw new IllegalArgumentException("baseline must include two consecutive months to give a moving range, found positions "
                    + baseline.stream().map(SpcPoint::position).toList());
        }
        return new XmrChart(sum / baseline.size(), rangeSum / ranges);
    }

    /** The centre line: mean of the baseline values. */
    public double centre() {
        return centre;
    }

    /** MR̄, mean moving range of consecutive baseline months. */
    public double averageMovingRange() {
        return averageMovingRange;
    }

    /** centre + 2.66·MR̄. */
    public double upperLimit() {
        return centre + LIMIT_FACTOR * averageMovingRange;
    }

    /** centre - 2.66·MR̄ (may be negative). */
    public double lowerLimit() {
        return centre - LIMIT_FACTOR * averageMovingRange;
    }

    /** centre + (2/3)·2.66·MR̄: beyond it a point is close to the upper limit. */
    public double upperTwoSigma() {
        return centre + 2.0 / 3 * LIMIT_FACTOR * averageMovingRange;
    }

    /** centre - (2/3)·2.66·MR̄. */
    public double lowerTwoSigma() {
        return centre - 2.0 / 3 * LIMIT_FACTOR * averageMovingRange;
    }

    /** The special-cause signals in a series judged against this chart. */
    public SpcSignals signals(List<SpcPoint> points) {
        return SpcSignals.of(this, points);
    }

    @Override
    public String toString() {
        return "XmR centre " + centre + ", MR̄ " + averageMovingRange + ", limits [" + lowerLimit() + ", " + upperLimit() + "]";
    }
}
