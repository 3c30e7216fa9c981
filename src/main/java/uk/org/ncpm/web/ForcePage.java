package uk.org.ncpm.web;

import uk.org.ncpm.ingest.SourceFormat;
import uk.org.ncpm.text.NumberText;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.catalogue.Metric;
import uk.org.ncpm.ingest.CoverageRow;
import uk.org.ncpm.measures.ComparatorGroup;
import uk.org.ncpm.measures.Diagnostics;
import uk.org.ncpm.measures.RollingPeriod;
import uk.org.ncpm.store.StreetCountQuery;
import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.text.NamedForces;
import uk.org.ncpm.web.charts.Svg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A force's page, the one its Police and Crime Commissioner points the public to: each metric
 * source's figures for every rolling year against the force's own baseline, beside England and
 * Wales, and its diagnostics for the latest year (comparator group, funnel plot, SPC chart, data
 * quality) as `ncpm diagnostics` gives them. Diagnostic, never a ranking.
 *
 * @param diagnosticsPeriod the rolling year of the diagnostics, e.g. "year ending June 2021"; empty when there are none
 * @param group             the comparator group in words: who is in it, how it was chosen, how it is averaged
 */
public record ForcePage(boolean sample, Force force, List<ForceSeries> series, String diagnosticsPeriod, List<String> group) {

    public ForcePage {
        series = List.copyOf(series);
        group = List.copyOf(group);
    }

    /**
     * One metric source's figures for the force, oldest first, with England and Wales for the latest year,
     * and the same figures as a chart (shown above the table, never instead of it); its diagnostics when
     * the site has them.
     */
    public record ForceSeries(String metricName, String sourceLabel, String caveat, List<PeriodRow> rows, String national,
                              Svg chart, Optional<DiagnosticsSection> diagnostics) {
        public ForceSeries {
            rows = List.copyOf(rows);
        }
    }

    /** A rolling year as the page shows it. */
    public record PeriodRow(String period, String value, String rate, String change, String verdict) {
    }

    public static ForcePage of(Catalogue catalogue, Force force, Snapshot snapshot) {
        List<Figure> figures = snapshot.figures();
        Optional<Diagnostics> diagnostics = snapshot.diagnostics().of(force);
        List<CoverageRow> coverage = snapshot.diagnostics().coverage(force);
        List<StreetCountQuery.Located> locations = snapshot.diagnostics().locations(force);
        Map<String, List<Figure>> bySource = new LinkedHashMap<>();
        Map<String, Figure> nationalLatest = new LinkedHashMap<>();
        for (Figure f : figures) {
            String key = f.metric() + "|" + f.source();
            if (f.areaCode().equals(force.code())) {
                bySource.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            } else if (f.areaCode().equals(uk.org.ncpm.catalogue.Area.ENGLAND_AND_WALES)) {
                nationalLatest.merge(key, f, (a, b) -> a.periodEnd().isAfter(b.periodEnd()) ? a : b);
            }
        }
        List<ForceSeries> series = new ArrayList<>();
        catalogueOrder(catalogue, bySource).forEach((key, list) -> {
            Figure first = list.get(0);
            String name = catalogue.metric(first.metric()).map(Metric::name).orElse(first.metric());
            List<Figure> sorted = list.stream().sorted((a, b) -> a.periodEnd().compareTo(b.periodEnd())).toList();
            List<PeriodRow> rows = sorted.stream().map(ForcePage::row).toList();
            Figure national = nationalLatest.get(key);
            String nationalText = national == null || !national.isAvailable() ? "England and Wales: not available"
                    : "England and Wales, " + new RollingPeriod(national.periodEnd()).label() + ": "
                    + NumberText.figure(national.value()) + (national.rate().isPresent()
                    ? " (" + NumberText.figure(national.rate()) + " per " + per(national) + " residents)" : "")
                    + ", " + national.verdict().orElse("no test") + " since the baseline";
            Optional<DiagnosticsSection> section = diagnostics.flatMap(d -> d.sources().stream()
                    .filter(s -> (s.source().metricId() + "|" + s.source().source()).equals(key)).findFirst()
                    .map(s -> DiagnosticsSection.of(catalogue, d, s, name, coverage, locations)));
            series.add(new ForceSeries(name, first.sourceLabel(), SourceFormat.POLICE_UK_STREET.is(first.source())
                    ? "A proxy: data.police.uk categories are wider than police recorded crime (they include non-domestic burglary and business robbery)."
                    : "", rows, nationalText, RollingYearChart.of("chart-" + first.metric() + "-" + first.source(),
                    name + ", " + force.name() + ", by rolling year (" + first.sourceLabel() + ")", force.name(), sorted, false), section));
        });
        return new ForcePage(snapshot.sample(), force, series, diagnostics.map(d -> d.period().label()).orElse(""),
                diagnostics.map(d -> group(catalogue, d)).orElse(List.of()));
    }

    private static List<String> group(Catalogue catalogue, Diagnostics d) {
        if (d.group().isEmpty()) {
            return List.of("No comparator group: " + d.force().name() + " is compared with England and Wales only.");
        }
        ComparatorGroup g = d.group().get();
        List<String> lines = new ArrayList<>();
        lines.add("Comparator group: " + DiagnosticsSection.groupName(g) + " (" + NamedForces.of(catalogue, g.memberCodes())
                + "), " + g.basis() + ".");
        lines.add("Group average: " + ComparatorGroup.METHOD + ".");
        g.notes().forEach(note -> lines.add("Note: " + note + "."));
        return lines;
    }

    /** The metric sources in the catalogue's order (measure by measure); any it does not list, after them. */
    private static Map<String, List<Figure>> catalogueOrder(Catalogue catalogue, Map<String, List<Figure>> bySource) {
        List<String> order = catalogue.figureSources().stream().map(s -> s.metricId() + "|" + s.source()).toList();
        Map<String, List<Figure>> sorted = new LinkedHashMap<>();
        bySource.keySet().stream().sorted(java.util.Comparator.comparingInt(k -> order.contains(k) ? order.indexOf(k) : order.size()))
                .forEach(k -> sorted.put(k, bySource.get(k)));
        return sorted;
    }

    private static PeriodRow row(Figure f) {
        String period = new RollingPeriod(f.periodEnd()).label();
        if (!f.isAvailable()) {
            return new PeriodRow(period, "..", "..", "..", "not available: " + f.reason());
        }
        String value = NumberText.figure(f.value()) + (f.lower().isPresent()
                ? " (" + NumberText.figure(f.lower()) + " to " + NumberText.figure(f.upper()) + ")" : "");
        String rate = f.rate().isPresent() ? NumberText.figure(f.rate()) + " per " + per(f) : "";
        String change = f.changePct().isPresent() ? NumberText.figure(f.change()) + " (" + NumberText.figure(f.changePct()) + "%)" : "";
        return new PeriodRow(period, value, rate, change, f.verdict().orElse(f.reason()));
    }

    /** "million", "100,000", "1,000": the figure's own denominator. */
    private static String per(Figure f) {
        return FigureText.per(f.ratePer()).replaceFirst("^per ", "");
    }
}
