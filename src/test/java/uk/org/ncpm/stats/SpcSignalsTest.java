package uk.org.ncpm.stats;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.org.ncpm.stats.SpcSignal.Direction;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.ncpm.stats.XmrChartTest.baselineYear;
import static uk.org.ncpm.stats.XmrChartTest.months;

/**
 * Hand-built series against the chart of {@link XmrChartTest#baselineYear()}: centre 11, process
 * limits [5.68, 16.32], 2-sigma lines [7.4533, 14.5467]. Each series is built so that only the rule
 * under test can fire (the reasoning is in the comments).
 */
class SpcSignalsTest {

    private final XmrChart chart = baselineYear();

    private SpcSignals signals(double... values) {
        return chart.signals(months(values));
    }

    @Test
    void a_point_above_the_upper_limit_fires_alone() {
        // 17 > 16.32. One point beyond 2 sigma is not 2 of 3; one point above the centre is no run.
        SpcSignals found = signals(11, 17, 11);

        assertThat(found.all()).containsExactly(
                new SpcSignal(SpcRule.OUTSIDE_LIMITS, Direction.UP, 1, 1, List.of(1)));
    }

    @Test
    void a_point_below_the_lower_limit_fires_down() {
        assertThat(signals(11, 5, 11).all()).containsExactly(
                new SpcSignal(SpcRule.OUTSIDE_LIMITS, Direction.DOWN, 1, 1, List.of(1)));
    }

    @Test
    void a_point_inside_the_limits_does_not_fire() {
        // 16.3 < 16.32 and 5.7 > 5.68.
        assertThat(signals(11, 16.3, 11, 5.7, 11).isEmpty()).isTrue();
    }

    @Test
    void seven_points_above_the_centre_line_are_a_run() {
        // All within 2 sigma (< 14.55) and zigzagging (no trend): only the run fires.
        SpcSignals found = signals(10, 12, 12.5, 12, 13, 12, 12.5, 12, 10);

        assertThat(found.all()).containsExactly(
                new SpcSignal(SpcRule.RUN, Direction.UP, 1, 7, List.of(1, 2, 3, 4, 5, 6, 7)));
    }

    @Test
    void seven_points_below_the_centre_line_are_a_run_down() {
        assertThat(signals(10, 9, 10, 9.5, 10, 9, 10).byRule(SpcRule.RUN)).extracting(SpcSignal::direction)
                .containsExactly(Direction.DOWN);
    }

    @Test
    void six_points_above_are_not_a_run() {
        assertThat(signals(12, 12.5, 12, 13, 12, 12.5, 10).isEmpty()).isTrue();
    }

    @Test
    void a_point_on_the_centre_line_breaks_a_run() {
        // 6 above, exactly 11, 6 above: two runs of 6, neither long enough.
        assertThat(signals(12, 13, 12, 13, 12, 13, 11, 12, 13, 12, 13, 12, 13).isEmpty()).isTrue();
    }

    @Test
    void a_missing_month_neither_breaks_nor_extends_a_run() {
        // Months 0-2 and 4-7 above the centre, month 3 missing: seven points present in a row.
        List<SpcPoint> points = List.of(new SpcPoint(0, 12), new SpcPoint(1, 13), new SpcPoint(2, 12),
                new SpcPoint(4, 13), new SpcPoint(5, 12), new SpcPoint(6, 13), new SpcPoint(7, 12));

        assertThat(chart.signals(points).all()).containsExactly(
                new SpcSignal(SpcRule.RUN, Direction.UP, 0, 7, List.of(0, 1, 2, 4, 5, 6, 7)));
    }

    @Test
    void six_points_each_higher_than_the_last_are_a_trend() {
        // 8 to 13 crosses the centre (3 below, one on it, 2 above: no run), stays within 2 sigma.
        assertThat(signals(8, 9, 10, 11, 12, 13).all()).containsExactly(
                new SpcSignal(SpcRule.TREND, Direction.UP, 0, 5, List.of(0, 1, 2, 3, 4, 5)));
    }

    @Test
    void five_rising_points_are_not_a_trend() {
        assertThat(signals(9, 10, 11, 12, 13).isEmpty()).isTrue();
    }

    @Test
    void equal_consecutive_values_break_a_trend() {
        // Steps up, up, flat, up, up, up: the longest strict rise is 10, 11, 12, 13 (4 points).
        assertThat(signals(8, 9, 10, 10, 11, 12, 13).isEmpty()).isTrue();
    }

    @Test
    void a_turning_point_ends_one_trend_and_starts_the_next() {
        SpcSignals found = signals(8, 9, 10, 11, 12, 13, 12, 11, 10, 9, 8);

        assertThat(found.byRule(SpcRule.TREND)).containsExactly(
                new SpcSignal(SpcRule.TREND, Direction.UP, 0, 5, List.of(0, 1, 2, 3, 4, 5)),
                new SpcSignal(SpcRule.TREND, Direction.DOWN, 5, 10, List.of(5, 6, 7, 8, 9, 10)));
    }

    @Test
    void two_of_three_points_beyond_two_sigma_are_near_a_limit() {
        // 15 > 14.55 at months 1 and 3, 11 between: windows (1-3) qualify; within the process limits.
        assertThat(signals(11, 15, 11, 15, 11).all()).containsExactly(
                new SpcSignal(SpcRule.NEAR_LIMIT, Direction.UP, 1, 3, List.of(1, 3)));
    }

    @Test
    void overlapping_windows_on_the_same_side_make_one_signal() {
        // Windows starting at months 0 (15, 11, 15) and 2 (15, 11, 15) qualify and share month 2.
        assertThat(signals(15, 11, 15, 11, 15).all()).containsExactly(
                new SpcSignal(SpcRule.NEAR_LIMIT, Direction.UP, 0, 4, List.of(0, 2, 4)));
    }

    @Test
    void windows_that_do_not_overlap_make_separate_signals() {
        // Windows at months 0 (15, 15, 11) and 4 (11, 15, 15) qualify; those between do not.
        assertThat(signals(15, 15, 11, 11, 11, 15, 15).all()).containsExactly(
                new SpcSignal(SpcRule.NEAR_LIMIT, Direction.UP, 0, 1, List.of(0, 1)),
                new SpcSignal(SpcRule.NEAR_LIMIT, Direction.UP, 5, 6, List.of(5, 6)));
    }

    @Test
    void two_points_beyond_two_sigma_three_apart_are_not() {
        // Windows (15, 11, 11) and (11, 11, 15) each hold one point beyond the line.
        assertThat(signals(15, 11, 11, 15).isEmpty()).isTrue();
    }

    @Test
    void two_of_three_beyond_opposite_lines_are_not() {
        // 15 above the upper line, 7 below the lower one: one on each side.
        assertThat(signals(15, 7, 11).isEmpty()).isTrue();
    }

    @Test
    void two_points_below_the_lower_two_sigma_line_fire_down() {
        assertThat(signals(7, 7, 11).all()).containsExactly(
                new SpcSignal(SpcRule.NEAR_LIMIT, Direction.DOWN, 0, 1, List.of(0, 1)));
    }

    @Test
    void points_beyond_the_limit_also_count_as_near_it() {
        // 17 and 17: each outside the limits, and together 2 of 3 beyond 2 sigma.
        assertThat(signals(17, 17, 11).all()).extracting(SpcSignal::rule)
                .containsExactly(SpcRule.OUTSIDE_LIMITS, SpcRule.NEAR_LIMIT, SpcRule.OUTSIDE_LIMITS);
    }

    @Test
    void the_baseline_year_itself_shows_common_cause_variation_only() {
        assertThat(signals(10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12).isEmpty()).isTrue();
    }
}
