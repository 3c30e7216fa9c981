package uk.org.ncpm.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Change between two survey estimates with published 95% intervals (e.g. CSEW neighbourhood crime,
 * year ending June 2019 against the latest year), tested at the 95% level.
 *
 * <p><b>This is the fallback.</b> ONS publishes its own significance flags for CSEW changes, computed
 * from the survey's full design (including any correlation between the two years); where a flag is
 * published, the flag is the verdict and this class is not used. Where none is published, the
 * standard normal approximation for the difference of two independent estimates:
 * <pre>
 *   se_i = (upper_i - lower_i) / (2 · 1.96)          (see {@link SurveyEstimate})
 *   z    = (v1 - v0) / √(se0² + se1²)
 *   p    = 2 · (1 - Φ(|z|))                           (two-sided)
 * </pre>
 * significant when {@code p < 0.05}. This is not the same as asking whether the two intervals
 * overlap: non-overlap is a stricter criterion, and two estimates whose intervals overlap can still
 * differ significantly (Schenker and Gentleman 2001).
 *
 * <p>Edge cases: when both standard errors are 0 (intervals of zero width) any difference is
 * certain ({@code z = ±∞, p = 0}) and no difference gives {@code z = 0, p = 1}. Treating the two
 * years as independent samples ignores any positive correlation, which makes the test slightly
 * conservative.
 *
 * <p>Citations: Altman D.G., Bland J.M. (2003) Interaction revisited: the difference between two
 * estimates. BMJ 326: 219; Schenker N., Gentleman J.F. (2001) On judging the significance of
 * differences by examining the overlap between confidence intervals. The American Statistician
 * 55(3): 182–186. Φ from Commons Statistics {@link NormalDistribution}.
 */
public final class SurveyComparison {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private final SurveyEstimate baseline;
    private final SurveyEstimate current;
    private final double z;
    private final double pValue;

    private SurveyComparison(SurveyEstimate baseline, SurveyEstimate current, double z, double pValue) {
        this.baseline = baseline;
        this.current = current;
        this.z = z;
        this.pValue = pValue;
    }

    /** Compares the current estimate with the baseline estimate. */
    public static SurveyComparison of(SurveyEstimate baseline, SurveyEstimate current) {
        double difference = current.value() - baseline.value();
        double standardError = Math.hypot(baseline.standardError(), current.standardError());
        double z = difference == 0 ? 0 : difference / standardError;
        double pValue = 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z));
        return new SurveyComparison(baseline, current, z, pValue);
    }

    /** Current minus baseline. */
    public double difference() {
        return current.value() - baseline.value();
    }

    /** Standard error of the difference: √(se0² + se1²). */
    public double standardError() {
        return Math.hypot(baseline.standardError(), current.standardError());
    }

    public double z() {
        return z;
    }

    /** Two-sided p-value from the normal distribution. */
    public double pValue() {
        return pValue;
    }

    public Verdict verdict() {
        return Verdict.of(pValue, difference());
    }

    public SurveyEstimate baseline() {
        return baseline;
    }

    public SurveyEstimate current() {
        return current;
    }

    @Override
    public String toString() {
        return current + " vs " + baseline + ": z = " + z + ", p = " + pValue + ", " + verdict().words();
    }
}
