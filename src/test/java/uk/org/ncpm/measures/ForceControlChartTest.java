package uk.org.ncpm.measures;

import org.junit.jupiter.api.Test;
import uk.org.ncpm.stats.SpcRule;
import uk.org.ncpm.stats.SpcSignal.Direction;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * SPC on hand-built monthly series. The baseline year alternates 100, 104: centre 102, MR̄ 4, process limits
 * 102 ± 2.66 × 4 = [91.36, 112.64], 2-sigma lines 102 ± 7.0933 = [94.9067, 109.0933].
 */
class ForceControlChartTest {

    private static final YearMonth JULY_2018 = YearMonth.of(2018, 7);

    private static Map<YearMonth, Long> baselineYear() {
        Map<YearMonth, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            counts.put(JULY_2018.plusMonths(i), i % 2 == 0 ? 100L : 104L);
        }
        return counts;
    }

    /** After the baseline: 2019-09 missing, 2021-03 partial; the signals are worked out month by month below. */
    static MonthlySeries seriesWithGaps() {
        Map<YearMonth, Long> counts = baselineYear();
        long[] after = {
                101, 100, -1, 101, 100, 101, 100, 101, // 2019-07..2020-02: 7 points below 102 (2019-09 missing)
                102,                                   // 2020-03: on the centre line, ends the run
                90,                                    // 2020-04: below the lower limit 91.36
                103, 113, 110, 103,                    // 2020-05..08: 113 above 112.64; 113 and 110 beyond 109.09
                96, 97, 98, 99, 100, 101};             // 2020-09..2021-02: 6 rising (only 6 below: no run)
        Map<YearMonth, String> gaps = new LinkedHashMap<>();
        for (int i = 0; i < after.length; i++) {
            YearMonth month = YearMonth.of(2019, 7).plusMonths(i);
            if (after[i] < 0) {
                gaps.put(month, "missing");
            } else {
                counts.put(month, after[i]);
            }
        }
        gaps.put(YearMonth.of(2021, 3), "partial");
        return new MonthlySeries(JULY_2018, YearMonth.of(2021, 3), new java.util.TreeMap<>(counts), gaps);
    }

    @Test
    void centre_and_limits_come_from_the_twelve_baseline_months() {
        ForceControlChart chart = ForceControlChart.of(seriesWithGaps());

        assertThat(chart.isAvailable()).isTrue();
        assertThat(chart.chart().orElseThrow().centre()).isCloseTo(102, within(1e-12));
        assertThat(chart.chart().orElseThrow().lowerLimit()).isCloseTo(91.36, within(1e-12));
        assertThat(chart.chart().orElseThrow().upperLimit()).isCloseTo(112.64, within(1e-12));
        assertThat(chart.baselineMonths()).hasSize(12);
        assertThat(chart.notes()).containsExactly(
                "centre line and limits from the 12 months of the baseline year (July 2018 to June 2019)",
                "months not complete, left as gaps (never zero): 2019-09 missing, 2021-03 partial");
    }

    @Test
    void signals_say_their_rule_direction_and_months_in_words_skipping_the_gap() {
        List<ChartSignal> signals = ForceControlChart.of(seriesWithGaps()).signals();

        assertThat(signals).extracting(ChartSignal::words).containsExactly(
                "a run of 7 points below the centre line, 2019-07 to 2020-02 (skipping the missing month 2019-09)",
                "a point below the lower process limit, 2020-04",
                "a point above the upper process limit, 2020-06",
                "2 points close to the upper process limit (2 out of 3 in a row beyond two sigma), 2020-06 to 2020-07",
                "6 points in a row rising, 2020-09 to 2021-02");
        assertThat(signals).extracting(ChartSignal::rule).containsExactly(SpcRule.RUN, SpcRule.OUTSIDE_LIMITS,
                SpcRule.OUTSIDE_LIMITS, SpcRule.NEAR_LIMIT, SpcRule.TREND);
        assertThat(signals).extracting(ChartSignal::direction)
                .containsExactly(Direction.DOWN, Direction.DOWN, Direction.UP, Direction.UP, Direction.UP);
        ChartSignal run = signals.get(0);
        assertThat(run.months()).hasSize(7).doesNotContain(YearMonth.of(2019, 9));
        assertThat(run.skipped()).containsExactly(YearMonth.of(2019, 9));
        assertThat(run.first()).isEqualTo(YearMonth.of(2019, 7));
        assertThat(run.last()).isEqualTo(YearMonth.of(2020, 2));
    }

    @Test
    void with_6_to_11_baseline_months_the_limits_are_provisional_and_the_missing_months_named() {
        Map<YearMonth, Long> counts = baselineYear();
        counts.remove(YearMonth.of(2018, 9));
        counts.remove(YearMonth.of(2018, 10));
        counts.remove(YearMonth.of(2019, 1));
        counts.remove(YearMonth.of(2019, 2));

        ForceControlChart chart = ForceControlChart.of(MonthlySeries.of(JULY_2018, YearMonth.of(2019, 6), counts));

        assertThat(chart.isAvailable()).isTrue();
        assertThat(chart.baselineMonths()).hasSize(8);
        assertThat(chart.notes().get(0)).isEqualTo("centre line and limits from the 8 complete months of the baseline year "
                + "(July 2018 to June 2019), not 2018-09, 2018-10, 2019-01, 2019-02: provisional limits, fewer than 12 months");
        // Remaining values 100, 104, 100, 104, 100, 104, 100, 104: centre 102; ranges only between consecutive months.
        assertThat(chart.chart().orElseThrow().centre()).isCloseTo(102, within(1e-12));
        assertThat(chart.chart().orElseThrow().averageMovingRange()).isCloseTo(4, within(1e-12));
    }

    @Test
    void with_fewer_than_6_baseline_months_there_is_no_chart() {
        Map<YearMonth, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            counts.put(JULY_2018.plusMonths(i), 100L + i);
        }
        counts.put(YearMonth.of(2019, 9), 120L);

        ForceControlChart chart = ForceControlChart.of(MonthlySeries.of(JULY_2018, YearMonth.of(2019, 9), counts));

        assertThat(chart.isAvailable()).isFalse();
        assertThat(chart.signals()).isEmpty();
        assertThat(chart.notAvailable()).hasValue("SPC not available: only 5 of the 12 months of the baseline year "
                + "(July 2018 to June 2019) are complete; at least 6 are needed");
    }

    @Test
    void with_no_two_consecutive_baseline_months_there_is_no_moving_range_and_no_chart() {
        Map<YearMonth, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < 12; i += 2) {
            counts.put(JULY_2018.plusMonths(i), 100L);
        }

        ForceControlChart chart = ForceControlChart.of(MonthlySeries.of(JULY_2018, YearMonth.of(2019, 6), counts));

        assertThat(chart.notAvailable()).hasValue("SPC not available: no two consecutive months of the baseline year "
                + "are complete, so there is no moving range");
        assertThat(chart.baselineMonths()).hasSize(6);
    }

    @Test
    void a_steady_series_has_no_signals() {
        ForceControlChart chart = ForceControlChart.of(MonthlySeries.of(JULY_2018, YearMonth.of(2019, 6), baselineYear()));

        assertThat(chart.signals()).isEmpty();
        assertThat(chart.notes()).containsExactly(
                "centre line and limits from the 12 months of the baseline year (July 2018 to June 2019)");
    }
}
