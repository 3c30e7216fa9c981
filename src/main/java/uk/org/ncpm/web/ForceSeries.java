package uk.org.ncpm.web;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.catalogue.Metric;
import uk.org.ncpm.ingest.SourceFormat;
import uk.org.ncpm.measures.Diagnostics;
import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.text.NumberText;
import uk.org.ncpm.web.charts.Svg;

import java.util.List;
import java.util.Optional;

/**
 * One metric source's figures for a force on its page, under the priority it belongs to: every rolling
 * year oldest first, as a chart (shown above the table, never instead of it), the national figure
 * beside it, and its diagnostics for the latest year when the site has them.
 *
 * @param anchor  the id of its heading, linked from the summary table
 * @param heading the metric and its source, unique on the page (a metric may have two sources)
 */
public record ForceSeries(String anchor, String metricName, String heading, String sourceLabel, String caveat,
                          List<PeriodRow> rows, Optional<NationalFigure> national, Svg chart,
                          Optional<DiagnosticsSection> diagnostics) {

    public ForceSeries {
        rows = List.copyOf(rows);
    }

    /** A rolling year as the page shows it. */
    public record PeriodRow(String period, String value, String rate, String change, String verdict) {
    }

    /** The series of one metric source for a force, oldest first, with the national figure beside it. */
    static ForceSeries of(Catalogue catalogue, Force force, ForceDiagnostics all, Optional<Diagnostics> diagnostics,
                          List<Figure> figures, Optional<Figure> national) {
        Figure first = figures.get(0);
        String key = ForceFigures.key(first);
        String name = catalogue.metric(first.metric()).map(Metric::name)
                .or(() -> catalogue.series(first.metric()).map(s -> s.name())).orElse(first.metric());
        String label = PublicWords.of(first.sourceLabel());
        Optional<DiagnosticsSection> section = diagnostics.flatMap(d -> d.sources().stream()
                .filter(s -> (s.source().metricId() + "|" + s.source().source()).equals(key)).findFirst()
                .map(s -> DiagnosticsSection.of(catalogue, d, s, name, all.coverage(force), all.locations(force))));
        String caveat = SourceFormat.POLICE_UK_STREET.is(first.source())
                ? "A proxy: data.police.uk categories are wider than police recorded crime (they include non-domestic burglary and business robbery)."
                : "";
        return new ForceSeries("figures-" + first.metric() + "-" + first.source(), name, name + ": " + label, label, caveat,
                figures.stream().map(ForceSeries::row).toList(), national.map(f -> NationalFigure.of(catalogue, f)),
                RollingYearChart.of("chart-" + first.metric() + "-" + first.source(),
                        name + ", " + force.name() + ", by rolling year (" + label + ")", force.name(), figures, false),
                section);
    }

    private static PeriodRow row(Figure f) {
        String period = f.period().label();
        if (!f.isAvailable()) {
            return new PeriodRow(period, "..", "..", "..", "not available: " + PublicWords.of(f.reason()));
        }
        String value = NumberText.figure(f.value()) + (f.lower().isPresent()
                ? " (" + NumberText.figure(f.lower()) + " to " + NumberText.figure(f.upper()) + ")" : "");
        String rate = f.rate().isPresent() ? NumberText.figure(f.rate()) + " " + FigureText.per(f.ratePer()) : "";
        String change = f.changePct().isPresent() ? NumberText.figure(f.change()) + " (" + NumberText.figure(f.changePct()) + "%)" : "";
        return new PeriodRow(period, value, rate, change, f.period().isBaseline() ? "baseline year"
                : f.verdict().orElse(PublicWords.of(f.reason())));
    }
}
