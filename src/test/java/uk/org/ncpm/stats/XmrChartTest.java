package uk.org.ncpm.stats;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** Charts worked by hand: centre = mean, MR̄ = mean |difference| of consecutive months, limits ± 2.66·MR̄. */
class XmrChartTest {

    /** Points at positions 0, 1, 2, ... with the given values. */
    static List<SpcPoint> months(double... values) {
        List<SpcPoint> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new SpcPoint(i, values[i]));
        }
        return points;
    }

    /** The baseline year of the SPC tests: alternating 10 and 12, mean 11, every moving range 2. */
    static XmrChart baselineYear() {
        return XmrChart.of(months(10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12));
    }

    @Test
    void centre_and_limits_of_a_baseline_year() {
        XmrChart chart = baselineYear();

        // 11 ± 2.66 × 2 = [5.68, 16.32]; 2-sigma lines 11 ± 2/3 × 5.32 = [7.4533, 14.5467].
        assertThat(chart.centre()).isCloseTo(11, within(1e-12));
        assertThat(chart.averageMovingRange()).isCloseTo(2, within(1e-12));
        assertThat(chart.upperLimit()).isCloseTo(16.32, within(1e-12));
        assertThat(chart.lowerLimit()).isCloseTo(5.68, within(1e-12));
        assertThat(chart.upperTwoSigma()).isCloseTo(11 + 5.32 * 2 / 3, within(1e-12));
        assertThat(chart.lowerTwoSigma()).isCloseTo(11 - 5.32 * 2 / 3, within(1e-12));
    }

    @Test
    void skips_a_missing_month_instead_of_bridging_it() {
        // Month 5 missing. Months 0-4: 10 12 10 12 10; months 6-11: 10 12 10 12 10 12.
        // Nine moving ranges of 2 within the blocks: MR̄ = 2. Bridging the gap would add |10 - 10| = 0
        // and give 1.8. Centre = 120 / 11 over the eleven months present (not 120 / 12 with a zero).
        List<SpcPoint> baseline = new ArrayList<>(months(10, 12, 10, 12, 10));
        double[] after = {10, 12, 10, 12, 10, 12};
        for (int i = 0; i < after.length; i++) {
            baseline.add(new SpcPoint(6 + i, after[i]));
        }
        XmrChart chart = XmrChart.of(baseline);

        assertThat(chart.averageMovingRange()).isCloseTo(2, within(1e-12));
        assertThat(chart.centre()).isCloseTo(120.0 / 11, within(1e-12));
    }

    @Test
    void a_flat_baseline_puts_every_limit_on_the_centre_line() {
        XmrChart chart = XmrChart.of(months(7, 7, 7, 7));

        assertThat(chart.upperLimit()).isEqualTo(7);
        assertThat(chart.lowerLimit()).isEqualTo(7);
    }

    @Test
    void needs_two_consecutive_months() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> XmrChart.of(List.of(new SpcPoint(0, 5), new SpcPoint(2, 6))))
                .withMessage("baseline must include two consecutive months to give a moving range, found positions [0, 2]");
    }

    @Test
    void rejects_months_out_of_order_naming_them() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> XmrChart.of(List.of(new SpcPoint(3, 5), new SpcPoint(3, 6))))
                .withMessage("points must be in increasing order of position: found position 3 after 3");
    }
}
