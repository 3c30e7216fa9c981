package uk.org.ncpm.stats;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Reference values: src/test/resources/uk/org/ncpm/stats/reference/dispersion_reference.txt, the output of
 * dispersion_reference.py (run 2026-12-04, python 3.11.7, numpy 2.4.6, scipy 1.17.1): the Poisson
 * log-likelihood minimised directly by scipy BFGS in another parameterisation (one level per season, no
 * intercept, uncentred trend), not by IRLS; a second optimiser (trust-exact) agrees with it to 1e-8
 * relative or better. Tolerance 1e-7 relative unless stated.
 */
class DispersionEstimateTest {

    /** England and Wales robbery, 43 territorial forces, financial quarters 2014/15 Q2 … 2019/20 Q1. */
    static final long[] ENGLAND_AND_WALES_ROBBERY = {12045, 13139, 12341, 12310, 12539, 13215, 12826, 12672,
            14458, 15774, 16169, 17877, 19077, 20694, 19070, 19865, 20864, 22307, 22195, 22244};
    /** Lancashire robbery, the same 20 quarters. */
    static final long[] LANCASHIRE_ROBBERY = {149, 177, 133, 139, 147, 170, 157, 189, 172, 205, 226, 243, 238, 240,
            214, 244, 328, 296, 281, 340};

    private static Offset<Double> relative(double expected) {
        return within(1e-7 * Math.abs(expected));
    }

    @Test
    void england_and_wales_robbery_varies_fifty_eight_times_more_than_poisson() {
        DispersionEstimate estimate = DispersionEstimate.of(ENGLAND_AND_WALES_ROBBERY, SeriesFrequency.QUARTERLY);

        assertThat(estimate.estimable()).isTrue();
        assertThat(estimate.reason()).isEmpty();
        assertThat(estimate.length()).isEqualTo(20);
        assertThat(estimate.parameters()).isEqualTo(5);
        assertThat(estimate.residualDf()).isEqualTo(15);
        assertThat(estimate.pearsonChiSquare()).isCloseTo(870.0742063123453, relative(870));
        assertThat(estimate.phi()).isCloseTo(58.00494708748968, relative(58));
        assertThat(estimate.scale()).isEqualTo(estimate.phi());
        assertThat(estimate.coefficients()).hasSize(5);
        assertThat(estimate.coefficients()[1]).isCloseTo(0.03923151898392123, relative(0.039));
        double[] fitted = estimate.fittedMeans();
        assertThat(fitted).hasSize(20);
        assertThat(fitted[0]).isCloseTo(11262.142764168395, relative(11262));
        assertThat(fitted[19]).isCloseTo(22696.10409551308, relative(22696));
        assertThat(estimate.iterations()).isBetween(2, 20);
    }

    @Test
    void lancashire_robbery_varies_about_twice_as_much_as_poisson() {
        DispersionEstimate estimate = DispersionEstimate.of(LANCASHIRE_ROBBERY, SeriesFrequency.QUARTERLY);

        assertThat(estimate.pearsonChiSquare()).isCloseTo(33.59234198431182, relative(33.6));
        assertThat(estimate.phi()).isCloseTo(2.239489465620788, relative(2.24));
        assertThat(estimate.scale()).isCloseTo(2.239489465620788, relative(2.24));
        assertThat(estimate.coefficients()[1]).isCloseTo(0.04635662520750405, relative(0.046));
        assertThat(estimate.fittedMeans()[0]).isCloseTo(137.93310799521518, relative(138));
        assertThat(estimate.fittedMeans()[19]).isCloseTo(323.48101527088096, relative(323));
    }

    @Test
    void fits_twelve_seasons_to_monthly_counts_and_never_scales_below_one() {
        long[] monthly = {412, 380, 455, 430, 470, 498, 520, 505, 468, 440, 425, 460,
                398, 371, 440, 452, 481, 470, 540, 530, 455, 431, 410, 470,
                385, 360, 421, 415, 466, 490, 512, 488, 440, 420, 398, 445};
        DispersionEstimate estimate = DispersionEstimate.of(monthly, SeriesFrequency.MONTHLY);

        assertThat(estimate.residualDf()).isEqualTo(23);
        assertThat(estimate.coefficients()).hasSize(13);
        assertThat(estimate.pearsonChiSquare()).isCloseTo(6.355714863386114, relative(6.36));
        assertThat(estimate.phi()).isCloseTo(0.2763354288428745, relative(0.276));
        assertThat(estimate.scale()).isEqualTo(1.0);
        assertThat(estimate.coefficients()[1]).isCloseTo(-0.001726022845156983, relative(0.0017));
        assertThat(estimate.fittedMeans()[0]).isCloseTo(406.6116157456589, relative(407));
        assertThat(estimate.fittedMeans()[35]).isCloseTo(448.87365471046473, relative(449));
    }

    @Test
    void fits_a_trend_only_to_annual_counts() {
        long[] annual = {5210, 5034, 4890, 5120, 4702, 4650, 4380, 4415};
        DispersionEstimate estimate = DispersionEstimate.of(annual, SeriesFrequency.ANNUAL);

        assertThat(estimate.parameters()).isEqualTo(2);
        assertThat(estimate.residualDf()).isEqualTo(6);
        assertThat(estimate.pearsonChiSquare()).isCloseTo(21.05035559599885, relative(21));
        assertThat(estimate.phi()).isCloseTo(3.508392599333142, relative(3.5));
        assertThat(estimate.coefficients()[1]).isCloseTo(-0.0247503886431522, relative(0.025));
        assertThat(estimate.fittedMeans()[0]).isCloseTo(5226.07660773944, relative(5226));
        assertThat(estimate.fittedMeans()[7]).isCloseTo(4394.738831872549, relative(4395));
    }

    @Test
    void keeps_fitted_means_positive_for_small_counts_with_zeros() {
        long[] small = {3, 0, 1, 4, 2, 0, 0, 5, 1, 2, 0, 3, 0, 1, 2, 6};
        DispersionEstimate estimate = DispersionEstimate.of(small, SeriesFrequency.QUARTERLY);

        assertThat(java.util.Arrays.stream(estimate.fittedMeans()).min().orElseThrow()).isPositive();
        assertThat(estimate.pearsonChiSquare()).isCloseTo(11.669978999647697, relative(11.7));
        assertThat(estimate.phi()).isCloseTo(1.0609071817861542, relative(1.06));
        assertThat(estimate.coefficients()[1]).isCloseTo(0.006668010604621661, relative(0.0067));
        assertThat(estimate.fittedMeans()[0]).isCloseTo(1.440531967494285, relative(1.44));
        assertThat(estimate.fittedMeans()[15]).isCloseTo(4.681604440441186, relative(4.68));
    }

    @Test
    void reports_under_dispersion_as_estimated_but_scales_by_one() {
        long[] regular = {100, 120, 90, 110, 101, 121, 91, 111, 102, 122, 92, 112};
        DispersionEstimate estimate = DispersionEstimate.of(regular, SeriesFrequency.QUARTERLY);

        assertThat(estimate.residualDf()).isEqualTo(7);
        // X² is tiny here, so the two optimisers of the reference agree to 7e-9 relative only.
        assertThat(estimate.pearsonChiSquare()).isCloseTo(0.0008558709131355079, within(1e-6 * 0.000856));
        assertThat(estimate.phi()).isCloseTo(0.00012226727330507254, within(1e-6 * 0.000122));
        assertThat(estimate.scale()).isEqualTo(1.0);
    }

    @Test
    void a_season_of_zeros_converges_to_the_limit_fit_without_it() {
        // Reference: the fit of the other three seasons alone; X² over the full n - p = 11 df.
        long[] secondQuarterEmpty = {4, 0, 2, 7, 3, 0, 1, 5, 6, 0, 2, 9, 2, 0, 3, 4};
        long[] firstQuarterEmpty = {0, 3, 2, 7, 0, 4, 1, 5, 0, 6, 2, 9, 0, 1, 3, 4};

        DispersionEstimate second = DispersionEstimate.of(secondQuarterEmpty, SeriesFrequency.QUARTERLY);
        DispersionEstimate first = DispersionEstimate.of(firstQuarterEmpty, SeriesFrequency.QUARTERLY);

        assertThat(second.estimable()).isTrue();
        assertThat(second.residualDf()).isEqualTo(11);
        assertThat(second.pearsonChiSquare()).isCloseTo(5.758078072213208, within(1e-6 * 5.76));
        assertThat(second.phi()).isCloseTo(0.5234616429284734, within(1e-6 * 0.523));
        assertThat(second.fittedMeans()[1]).isPositive().isLessThan(1e-6);
        assertThat(first.pearsonChiSquare()).isCloseTo(7.204328669593076, within(1e-6 * 7.2));
        assertThat(first.phi()).isCloseTo(0.6549389699630069, within(1e-6 * 0.655));
        assertThat(first.fittedMeans()[0]).isPositive().isLessThan(1e-6);
    }

    @Test
    void a_history_shorter_than_the_minimum_is_not_estimable_and_says_why() {
        long[] sevenQuarters = {10, 12, 9, 11, 10, 13, 8};
        DispersionEstimate estimate = DispersionEstimate.of(sevenQuarters, SeriesFrequency.QUARTERLY);

        assertThat(estimate.estimable()).isFalse();
        assertThat(estimate.reason()).contains(
                "history too short to estimate over-dispersion: 7 quarters, at least 12 needed");
        assertThat(estimate.phi()).isNaN();
        assertThat(estimate.scale()).isNaN();
        assertThat(estimate.pearsonChiSquare()).isNaN();
        assertThat(estimate.coefficients()).isEmpty();
        assertThat(estimate.fittedMeans()).isEmpty();
        assertThat(estimate.length()).isEqualTo(7);
        assertThat(estimate.toString()).isEqualTo("over-dispersion not estimable: "
                + "history too short to estimate over-dispersion: 7 quarters, at least 12 needed");
    }

    @Test
    void the_minimum_lengths_are_estimable_and_one_less_is_not() {
        for (SeriesFrequency frequency : SeriesFrequency.values()) {
            int minimum = frequency.minimumLength();
            assertThat(DispersionEstimate.of(series(minimum), frequency).estimable()).as("%s", frequency).isTrue();
            assertThat(DispersionEstimate.of(series(minimum), frequency).residualDf())
                    .isGreaterThanOrEqualTo(DispersionEstimate.MINIMUM_RESIDUAL_DF);
            assertThat(DispersionEstimate.of(series(minimum - 1), frequency).estimable()).as("%s", frequency).isFalse();
        }
        assertThat(SeriesFrequency.QUARTERLY.minimumLength()).isEqualTo(12);
        assertThat(SeriesFrequency.MONTHLY.minimumLength()).isEqualTo(24);
        assertThat(SeriesFrequency.ANNUAL.minimumLength()).isEqualTo(6);
        assertThat(DispersionEstimate.of(series(5), SeriesFrequency.ANNUAL).reason())
                .contains("history too short to estimate over-dispersion: 5 years, at least 6 needed");
        assertThat(DispersionEstimate.of(series(1), SeriesFrequency.MONTHLY).reason())
                .contains("history too short to estimate over-dispersion: 1 month, at least 24 needed");
        assertThat(DispersionEstimate.of(new long[0], SeriesFrequency.MONTHLY).estimable()).isFalse();
    }

    @Test
    void a_history_of_zeros_is_not_estimable() {
        DispersionEstimate estimate = DispersionEstimate.of(new long[12], SeriesFrequency.QUARTERLY);

        assertThat(estimate.estimable()).isFalse();
        assertThat(estimate.reason())
                .contains("no events in the history: over-dispersion cannot be estimated from 12 quarters of zeros");
        assertThat(estimate.scale()).isNaN();
    }

    @Test
    void accepts_non_integer_counts_and_rejects_negative_or_non_finite_ones() {
        double[] halves = new double[12];
        for (int i = 0; i < 12; i++) {
            halves[i] = LANCASHIRE_ROBBERY[i] + 0.5;
        }
        assertThat(DispersionEstimate.of(halves, SeriesFrequency.QUARTERLY).estimable()).isTrue();

        assertThatIllegalArgumentException().isThrownBy(() -> DispersionEstimate.of(new double[] {1, -1}, SeriesFrequency.QUARTERLY))
                .withMessage("counts must be finite and zero or more, found -1.0 at index 1");
        assertThatIllegalArgumentException().isThrownBy(() -> DispersionEstimate.of(new double[] {1, Double.NaN}, SeriesFrequency.QUARTERLY))
                .withMessage("counts must be finite and zero or more, found NaN at index 1");
        assertThatIllegalArgumentException().isThrownBy(() -> DispersionEstimate.of(
                        new double[] {Double.POSITIVE_INFINITY}, SeriesFrequency.QUARTERLY))
                .withMessage("counts must be finite and zero or more, found Infinity at index 0");
        assertThatIllegalArgumentException().isThrownBy(() -> DispersionEstimate.of(new long[] {3, -2}, SeriesFrequency.ANNUAL))
                .withMessage("counts[1] must be zero or more, found -2");
    }

    @Test
    void does_not_keep_a_reference_to_the_callers_array() {
        double[] counts = {149, 177, 133, 139, 147, 170, 157, 189, 172, 205, 226, 243};
        DispersionEstimate estimate = DispersionEstimate.of(counts, SeriesFrequency.QUARTERLY);
        double phi = estimate.phi();
        counts[0] = 1_000;
        estimate.fittedMeans()[0] = -1;

        assertThat(estimate.phi()).isEqualTo(phi);
        assertThat(estimate.fittedMeans()[0]).isPositive();
    }

    /** A gently rising series with some noise, long enough or not. */
    private static long[] series(int length) {
        long[] counts = new long[length];
        for (int i = 0; i < length; i++) {
            counts[i] = 100 + 2L * i + (i * 7 % 5) * 3;
        }
        return counts;
    }
}
