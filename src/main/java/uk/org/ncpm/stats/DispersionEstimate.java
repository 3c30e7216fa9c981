package uk.org.ncpm.stats;

import java.util.Optional;

/**
 * The over-dispersion scale φ of a series of counts, estimated from its own history: how much more the
 * counts vary around their trend and seasonal pattern than Poisson chance allows. It widens the test and
 * the interval of a change against the baseline ({@link QuasiPoissonRatioTest}).
 *
 * <p><b>Model</b> (quasi-Poisson log-linear): for the counts {@code y_0 … y_{n-1}} of consecutive periods,
 * <pre>
 *   E[y_i] = μ_i,   Var[y_i] = φ·μ_i,
 *   log μ_i = β_0 + β_1·(i - (n - 1)/2) + Σ_{j=1}^{s-1} γ_j·[i mod s = j]
 * </pre>
 * a linear trend on the log scale (time centred for conditioning) and {@code s - 1} season effects
 * ({@link SeriesFrequency}: s = 4 for quarterly counts, 12 for monthly, 1 for annual counts, trend only).
 * Seasons are counted from the first count given: season 0, the reference, is the season of
 * {@code y_0}. The model has {@code p = s + 1} parameters.
 *
 * <p><b>Fit</b>: maximum (quasi-)likelihood by iteratively reweighted least squares (Fisher scoring,
 * which is Newton's method for the canonical log link): start from {@code η_i = log(y_i + 0.5)} (finite
 * for zero counts), then repeat
 * <pre>  z_i = η_i + (y_i - μ_i)/μ_i,   w_i = μ_i,   β = (XᵀWX)⁻¹ XᵀWz,   η = Xβ,   μ = exp(η)</pre>
 * solving the small normal equations by Cholesky decomposition, until the deviance
 * {@code D = 2 Σ [y log(y/μ) - (y - μ)]} changes by less than {@code 1e-10·(|D| + 0.1)} (R's
 * {@code glm} criterion, tightened from its 1e-8), at most {@value #MAXIMUM_ITERATIONS} iterations.
 * Every fitted mean stays positive.
 *
 * <p><b>Estimate</b>: Pearson's χ² over the residual degrees of freedom,
 * <pre>  φ̂ = X²/(n - p),   X² = Σ (y_i - μ̂_i)²/μ̂_i</pre>
 * chosen over the deviance-based estimate {@code D/(n - p)}, which is biased for small counts
 * (McCullagh and Nelder 1989, section 6.2 and 9.2). φ̂ is reported as estimated ({@link #phi()}), and the
 * {@link #scale()} applied to tests is {@code max(1, φ̂)}: a series that varies less than Poisson is
 * treated as Poisson, never as more precise than that.
 *
 * <p><b>Not estimable</b>, with a reason to be shown beside "not tested" ({@link #reason()}), and φ̂, X²
 * and the scale NaN: a history shorter than {@link SeriesFrequency#minimumLength()} (12 quarters,
 * 24 months, 6 years), fewer than {@value #MINIMUM_RESIDUAL_DF} residual degrees of freedom, a history of
 * zeros only, or (a safeguard, not seen in practice) a fit that does not converge.
 *
 * <p>Edge cases: zero counts are allowed; a season whose counts are all zero has no finite maximum
 * likelihood estimate (its effect tends to -∞): the fit then converges in deviance with fitted means near
 * zero for that season, which contribute nothing to X², and the degrees of freedom still count its
 * parameter (as R's {@code glm} does). Counts need not be integers (quasi-likelihood needs only the mean and
 * variance). The estimate assumes the residuals of successive periods are independent; under the
 * quasi-Poisson model the same φ applies to sums of periods (a year of quarters), which is how
 * {@link QuasiPoissonRatioTest} uses it. Exposures (populations) are not modelled: their slow change is
 * absorbed by the trend.
 *
 * <p>Citations: Wedderburn R.W.M. (1974) Quasi-likelihood functions, generalized linear models, and the
 * Gauss–Newton method. Biometrika 61(3): 439–447; McCullagh P., Nelder J.A. (1989) Generalized Linear
 * Models, 2nd ed., Chapman and Hall, section 6.2 (over-dispersed Poisson counts, quasi-likelihood, the
 * Pearson estimator of dispersion) and section 2.5 (iteratively reweighted least squares).
 */
public final class DispersionEstimate {

    /** Fewest residual degrees of freedom {@code n - p} from which φ is estimated. */
    public static final int MINIMUM_RESIDUAL_DF = 4;

    /** Cap on the IRLS iterations; convergence usually takes fewer than ten. */
    public static final int MAXIMUM_ITERATIONS = 100;

    private static final double TOLERANCE = 1e-10;

    private static final double[] NONE = new double[0];

    private final SeriesFrequency frequency;
    private final int length;
    private final String reason;
    private final double pearsonChiSquare;
    private final double[] coefficients;
    private final double[] fittedMeans;
    private final int iterations;

    private DispersionEstimate(SeriesFrequency frequency, int length, String reason, double pearsonChiSquare,
                               double[] coefficients, double[] fittedMeans, int iterations) {
        this.frequency = frequency;
        this.length = length;
        this.reason = reason;
        this.pearsonChiSquare = pearsonChiSquare;
        this.coefficients = coefficients;
        this.fittedMeans = fittedMeans;
        this.iterations = iterations;
    }

    /**
     * Estimates φ from a history of counts.
     *
     * @param counts    counts of consecutive periods, oldest first; zero or more and finite (not
     *                  necessarily integers)
     * @param frequency quarterly, monthly or annual
     * @throws IllegalArgumentException if a count is negative, NaN or infinite
     */
    public static DispersionEstimate of(double[] counts, SeriesFrequency frequency) {
        int n = counts.length;
        boolean allZero = true;
        for (int i = 0; i < n; i++) {
            double y = counts[i];
            if (!(y >= 0) || Double.isInfinite(y)) {
                throw new IllegalArgumentException("counts must be finite and zero or more, found " + y
                        + " at index " + i);
            }
            allZero &= y == 0;
        }
        int p = frequency.parameters();
        if (n < frequency.minimumLength()) {
            return notEstimable(frequency, n, "history too short to estimate over-dispersion: "
                    + frequency.periods(n) + ", at least " + frequency.minimumLength() + " needed");
        }
        if (n - p < MINIMUM_RESIDUAL_DF) {
            return notEstimable(frequency, n, "history too short to estimate over-dispersion: "
                    + frequency.periods(n) + " leave " + (n - p) + " residual degrees of freedom, at least "
                    + MINIMUM_RESIDUAL_DF + " needed");
        }
        if (allZero) {
            return notEstimable(frequency, n, "no events in the history: over-dispersion cannot be estimated from "
                    + frequency.periods(n) + " of zeros");
        }
        return fit(counts.clone(), frequency);
    }

    /** Estimates φ from a history of whole counts; see {@link #of(double[], SeriesFrequency)}. */
    public static DispersionEstimate of(long[] counts, SeriesFrequency frequency) {
        double[] values = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            values[i] = Arguments.nonNegative("counts[" + i + "]", counts[i]);
        }
        return of(values, frequency);
    }

    private static DispersionEstimate notEstimable(SeriesFrequency frequency, int n, String reason) {
        return new DispersionEstimate(frequency, n, reason, Double.NaN, NONE, NONE, 0);
    }

    private static DispersionEstimate fit(double[] y, SeriesFrequency frequency) {
        int n = y.length;
        double[][] x = design(n, frequency);
        int p = frequency.parameters();
        double[] eta = new double[n];
        double[] mu = new double[n];
        for (int i = 0; i < n; i++) {
            eta[i] = Math.log(y[i] + 0.5);
            mu[i] = y[i] + 0.5;
        }
        double[] beta = new double[p];
        double deviance = deviance(y, mu);
        for (int iteration = 1; iteration <= MAXIMUM_ITERATIONS; iteration++) {
            double[][] information = new double[p][p];
            double[] score = new double[p];
            for (int i = 0; i < n; i++) {
                double w = mu[i];
                double z = eta[i] + (y[i] - mu[i]) / mu[i];
                for (int j = 0; j < p; j++) {
                    double wx = w * x[i][j];
                    score[j] += wx * z;
                    for (int k = 0; k <= j; k++) {
                        information[j][k] += wx * x[i][k];
                    }
                }
            }
            beta = solveSymmetric(information, score);
            if (beta == null) {
                break;
            }
            for (int i = 0; i < n; i++) {
                double linear = 0;
                for (int j = 0; j < p; j++) {
                    linear += x[i][j] * beta[j];
                }
                eta[i] = linear;
                mu[i] = Math.exp(linear);
            }
            double previous = deviance;
            deviance = deviance(y, mu);
            if (Math.abs(deviance - previous) < TOLERANCE * (Math.abs(deviance) + 0.1)) {
                double chiSquare = 0;
                for (int i = 0; i < n; i++) {
                    double residual = y[i] - mu[i];
                    chiSquare += residual * residual / mu[i];
                }
                return new DispersionEstimate(frequency, n, null, chiSquare, beta, mu, iteration);
            }
        }
        return notEstimable(frequency, n, "over-dispersion not estimated: the trend-and-season fit did not converge");
    }

    /** Rows (1, t_i, season dummies) with t centred on the middle of the series. */
    private static double[][] design(int n, SeriesFrequency frequency) {
        int s = frequency.seasonLength();
        double[][] x = new double[n][frequency.parameters()];
        for (int i = 0; i < n; i++) {
            x[i][0] = 1;
            x[i][1] = i - (n - 1) / 2.0;
            int season = i % s;
            if (season > 0) {
                x[i][1 + season] = 1;
            }
        }
        return x;
    }

    /** Poisson deviance 2 Σ [y log(y/μ) - (y - μ)], with y log(y/μ) = 0 at y = 0. */
    private static double deviance(double[] y, double[] mu) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum += (y[i] > 0 ? y[i] * Math.log(y[i] / mu[i]) : 0) - (y[i] - mu[i]);
        }
        return 2 * sum;
    }

    /**
     * Solves {@code A·b = c} for a symmetric positive definite A given by its lower triangle, by Cholesky
     * decomposition {@code A = LLᵀ} and two triangular substitutions; null if A is not numerically
     * positive definite.
     */
    private static double[] solveSymmetric(double[][] a, double[] c) {
        int p = c.length;
        double[][] l = new double[p][p];
        for (int j = 0; j < p; j++) {
            double diagonal = a[j][j];
            for (int k = 0; k < j; k++) {
                diagonal -= l[j][k] * l[j][k];
            }
            if (!(diagonal > 0)) {
                return null;
            }
            l[j][j] = Math.sqrt(diagonal);
            for (int i = j + 1; i < p; i++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                l[i][j] = sum / l[j][j];
            }
        }
        double[] v = new double[p];
        for (int i = 0; i < p; i++) {
            double sum = c[i];
            for (int k = 0; k < i; k++) {
                sum -= l[i][k] * v[k];
            }
            v[i] = sum / l[i][i];
        }
        double[] b = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            double sum = v[i];
            for (int k = i + 1; k < p; k++) {
                sum -= l[k][i] * b[k];
            }
            b[i] = sum / l[i][i];
        }
        return b;
    }

    public SeriesFrequency frequency() {
        return frequency;
    }

    /** Number of counts in the history, n. */
    public int length() {
        return length;
    }

    /** Parameters of the fit, {@code p = s + 1}. */
    public int parameters() {
        return frequency.parameters();
    }

    /** Residual degrees of freedom {@code n - p} (negative when the history is shorter than p). */
    public int residualDf() {
        return length - parameters();
    }

    /** True when φ was estimated; otherwise {@link #reason()} says why not. */
    public boolean estimable() {
        return reason == null;
    }

    /**
     * Why φ could not be estimated, e.g. "history too short to estimate over-dispersion: 7 quarters, at
     * least 12 needed"; empty when it was.
     */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /** Pearson's {@code X² = Σ (y - μ̂)²/μ̂}; NaN when not estimable. */
    public double pearsonChiSquare() {
        return pearsonChiSquare;
    }

    /** φ̂ = X²/(n - p) as estimated, possibly below 1; NaN when not estimable. */
    public double phi() {
        return pearsonChiSquare / residualDf();
    }

    /** The scale applied to tests, {@code max(1, φ̂)}; NaN when not estimable. */
    public double scale() {
        return estimable() ? Math.max(1, phi()) : Double.NaN;
    }

    /**
     * The fitted coefficients {@code (β_0, β_1, γ_1 … γ_{s-1})}: log mean at the middle of the series in
     * season 0, trend per period on the log scale ({@code exp(β_1)} is the fitted ratio of successive
     * periods), season effects against season 0. Empty when not estimable.
     */
    public double[] coefficients() {
        return coefficients.clone();
    }

    /** The fitted means μ̂, one per count; empty when not estimable. */
    public double[] fittedMeans() {
        return fittedMeans.clone();
    }

    /** IRLS iterations used; 0 when not estimable. */
    public int iterations() {
        return iterations;
    }

    @Override
    public String toString() {
        return estimable()
                ? "over-dispersion φ = " + phi() + " (X² = " + pearsonChiSquare + " on " + residualDf()
                        + " df, " + frequency.periods(length) + "), scale " + scale()
                : "over-dispersion not estimable: " + reason;
    }
}
