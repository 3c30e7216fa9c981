package uk.org.ncpm.web;

import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.measures.RollingPeriod;

import java.util.List;
import java.util.Optional;

/**
 * One row of the summary table at the top of a force page: a metric source's latest rolling year, its
 * change on the baseline with the verdict, and its change on the previous quarter and the previous year.
 *
 * @param anchor         the series' section further down the page
 * @param period         the latest rolling year with a figure, "year ending June 2021"
 * @param baselineChange the change since the year ending June 2019, as the series' table gives it
 */
public record ForceSummaryRow(String anchor, String name, String source, String period, String value, String baselineChange,
                              String verdict, EarlierYearChange previousQuarter, EarlierYearChange previousYear) {

    /** From the series' figures (oldest first): its latest available year against the years ending 3 and 12 months earlier. */
    static ForceSummaryRow of(ForceSeries series, List<Figure> figures) {
        Optional<Figure> latest = ForceFigures.latestAvailable(figures);
        if (latest.isEmpty()) {
            Figure last = figures.get(figures.size() - 1);
            EarlierYearChange none = EarlierYearChange.of(last, Optional.empty(), last.period());
            return new ForceSummaryRow(series.anchor(), series.metricName(), series.sourceLabel(), last.period().label(), "..", "..",
                    "not available: " + PublicWords.of(last.reason()), none, none);
        }
        Figure f = latest.get();
        RollingPeriod quarter = RollingPeriod.ending(f.periodEnd().minusMonths(3));
        RollingPeriod year = RollingPeriod.ending(f.periodEnd().minusMonths(12));
        String value = FigureText.value(f) + (f.rate().isPresent()
                ? " (" + FigureText.rate(f) + " " + FigureText.per(f.ratePer()) + " residents)" : "");
        String change = f.period().isBaseline() ? "this is the baseline year" : FigureText.change(f);
        String verdict = f.period().isBaseline() ? "baseline year" : f.verdict().filter(v -> !v.equals("not tested"))
                .orElse("not tested" + (f.test().note().isBlank() ? "" : ": " + PublicWords.of(f.test().note())));
        return new ForceSummaryRow(series.anchor(), series.metricName(), series.sourceLabel(), f.period().label(), value, change.isEmpty() ? ".." : change,
                verdict, EarlierYearChange.of(f, in(figures, quarter), quarter), EarlierYearChange.of(f, in(figures, year), year));
    }

    private static Optional<Figure> in(List<Figure> figures, RollingPeriod period) {
        return figures.stream().filter(f -> f.period().equals(period)).findFirst();
    }
}
