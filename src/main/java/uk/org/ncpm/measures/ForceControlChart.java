package uk.org.ncpm.measures;

import uk.org.ncpm.stats.SpcPoint;
import uk.org.ncpm.stats.SpcSignals;
import uk.org.ncpm.stats.XmrChart;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Statistical process control of a force's monthly series (docs/method.md, "Statistical process
 * control"): an XmR chart ({@link XmrChart}) whose centre line and limits come from the baseline year
 * (July 2018 to June 2019), and the special-cause signals of the whole series under the four rules of
 * {@link SpcSignals}, by calendar month and in words.
 *
 * <p><b>Baseline rules.</b> All 12 baseline months present: limits from them. 6 to 11 present: limits
 * from those, marked provisional (Making Data Count advises at least 12), the missing ones named.
 * Fewer than {@value #MINIMUM_BASELINE_MONTHS}, or no two consecutive months to give a moving range:
 * no chart, and the reason. Months that are missing or partial are gaps, skipped by the chart and the
 * rules, never zero. The chart is not recalculated after a sustained shift: every signal is read
 * against the baseline year.
 *
 * @param baselineMonths the baseline months the chart was built from
 * @param notes          how the chart was built: the baseline used, the gaps
 * @param notAvailable   why there is no chart
 */
public record ForceControlChart(MonthlySeries series, Optional<XmrChart> chart, List<YearMonth> baselineMonths,
                                List<ChartSignal> signals, List<String> notes, Optional<String> notAvailable) {

    /** First month of the baseline year, and position 0 of the chart. */
    public static final YearMonth BASELINE_FIRST = RollingPeriod.BASELINE.firstMonth();
    public static final int BASELINE_MONTHS = 12;
    /** Fewest baseline months a chart is drawn from. */
    public static final int MINIMUM_BASELINE_MONTHS = 6;

    public ForceControlChart {
        baselineMonths = List.copyOf(baselineMonths);
        signals = List.copyOf(signals);
        notes = List.copyOf(notes);
    }

    /** The chart of a series that starts at or before July 2018 (earlier months are not charted). */
    public static ForceControlChart of(MonthlySeries series) {
        List<String> notes = new ArrayList<>();
        if (!series.gaps().isEmpty()) {
            notes.add("months not complete, left as gaps (never zero): " + String.join(", ", series.gaps().entrySet()
                    .stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
        }
        List<SpcPoint> points = new ArrayList<>();
        List<SpcPoint> baseline = new ArrayList<>();
        List<YearMonth> baselineMonths = new ArrayList<>();
        for (Map.Entry<YearMonth, Long> e : series.counts().tailMap(BASELINE_FIRST, true).entrySet()) {
            SpcPoint point = new SpcPoint((int) BASELINE_FIRST.until(e.getKey(), java.time.temporal.ChronoUnit.MONTHS),
                    e.getValue());
            points.add(point);
            if (RollingPeriod.BASELINE.contains(e.getKey())) {
                baseline.add(point);
                baselineMonths.add(e.getKey());
            }
        }
        int n = baseline.size();
        if (n < MINIMUM_BASELINE_MONTHS) {
            return without(series, baselineMonths, notes, "SPC not available: only " + n + " of the 12 months of the "
                    + "baseline year (July 2018 to June 2019) are complete; at least " + MINIMUM_BASELINE_MONTHS + " are needed");
        }
        boolean consecutive = false;
        for (int i = 1; i < n; i++) {
            consecutive |= baseline.get(i).position() == baseline.get(i - 1).position() + 1;
        }
        if (!consecutive) {
            return without(series, baselineMonths, notes, "SPC not available: no two consecutive months of the baseline "
                    + "year are complete, so there is no moving range");
        }
        if (n == BASELINE_MONTHS) {
            notes.add(0, "centre line and limits from the 12 months of the baseline year (July 2018 to June 2019)");
        } else {
            List<String> missing = RollingPeriod.BASELINE.months().stream().filter(m -> !baselineMonths.contains(m))
                    .map(YearMonth::toString).toList();
            notes.add(0, "centre line and limits from the " + n + " complete months of the baseline year (July 2018 to "
                    + "June 2019), not " + String.join(", ", missing) + ": provisional limits, fewer than 12 months");
        }
        XmrChart chart = XmrChart.of(baseline);
        List<ChartSignal> signals = chart.signals(points).all().stream()
                .map(s -> ChartSignal.of(s, BASELINE_FIRST, series)).toList();
        return new ForceControlChart(series, Optional.of(chart), baselineMonths, signals, notes, Optional.empty());
    }

    private static ForceControlChart without(MonthlySeries series, List<YearMonth> baselineMonths, List<String> notes,
                                             String reason) {
        return new ForceControlChart(series, Optional.empty(), baselineMonths, List.of(), notes, Optional.of(reason));
    }

    public boolean isAvailable() {
        return chart.isPresent();
    }
}
