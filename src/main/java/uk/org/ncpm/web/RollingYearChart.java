package uk.org.ncpm.web;

import uk.org.ncpm.measures.RollingPeriod;
import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.web.charts.Svg;
import uk.org.ncpm.web.charts.TrendChart;
import uk.org.ncpm.web.charts.TrendPoint;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One area's figures of one metric source as a {@link TrendChart}: every rolling year from the first to
 * the last at the series' own spacing (quarterly, or yearly for an annual source), a year missing from
 * the store drawn as a gap like one not available, the baseline marked, the latest verdict in words.
 */
final class RollingYearChart {

    private RollingYearChart() {
    }

    /**
     * @param figures one area's figures of one metric and source, any order; at least one
     * @param small   drawn small, for the overview's small multiples
     */
    static Svg of(String id, String title, String seriesWords, List<Figure> figures, boolean small) {
        List<Figure> sorted = figures.stream().sorted(Comparator.comparing(Figure::periodEnd)).toList();
        Figure first = sorted.get(0);
        Figure last = sorted.get(sorted.size() - 1);
        Map<YearMonth, Figure> byEnd = new LinkedHashMap<>();
        sorted.forEach(f -> byEnd.put(f.periodEnd(), f));
        List<TrendPoint> points = new ArrayList<>();
        int step = step(sorted);
        for (YearMonth end = first.periodEnd(); !end.isAfter(last.periodEnd()); end = end.plusMonths(step)) {
            Figure f = byEnd.get(end);
            boolean interval = f != null && f.lower().isPresent() && f.upper().isPresent();
            points.add(new TrendPoint(MonthLabel.of(end), f == null ? OptionalDouble.empty() : f.value(),
                    interval ? f.lower() : OptionalDouble.empty(), interval ? f.upper() : OptionalDouble.empty(),
                    RollingPeriod.ending(end).isBaseline()));
        }
        String latest = new RollingPeriod(last.periodEnd()).label();
        String verdict = !last.isAvailable() ? latest + ": not available (" + PublicWords.of(last.reason()) + ")"
                : last.verdict().map(v -> latest + ": " + v + " since the baseline").orElse("");
        return TrendChart.of(id, title, points).withAxisWords(axisWords(first)).withSeriesWords(seriesWords)
                .withVerdict(verdict).withSmall(small).render();
    }


    /** Months between rolling years: the smallest gap in the series (3 for quarterly figures), never below 3. */
    private static int step(List<Figure> sorted) {
        int step = 12;
        for (int i = 1; i < sorted.size(); i++) {
            long months = sorted.get(i - 1).periodEnd().until(sorted.get(i).periodEnd(), java.time.temporal.ChronoUnit.MONTHS);
            if (months > 0) {
                step = (int) Math.min(step, months);
            }
        }
        return Math.max(3, step);
    }

    private static String axisWords(Figure f) {
        String unit = f.unit().isEmpty() ? "Value" : MetricDescription.capitalise(f.unit());
        return unit.replace(" (thousands)", ", thousands");
    }
}
