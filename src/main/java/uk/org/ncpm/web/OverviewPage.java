package uk.org.ncpm.web;

import uk.org.ncpm.text.NumberText;
import uk.org.ncpm.catalogue.Area;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Measure;
import uk.org.ncpm.catalogue.Metric;
import uk.org.ncpm.measures.RollingPeriod;
import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.web.charts.Svg;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The England and Wales overview: the six measures, each with the latest national figure of its metrics,
 * the series as small multiples, and the data-quality notes that go with each figure (forces left out
 * of the like-for-like national figure, years and forces not available and why, proxies).
 */
public record OverviewPage(boolean sample, List<MeasureSummary> measures, List<uk.org.ncpm.catalogue.Force> forces,
                           java.util.Optional<OfficerNumbers> officers) {

    private static final Set<String> NATIONAL = Set.of(Area.ENGLAND_AND_WALES, Area.ENGLAND, "K02000001");

    public static OverviewPage of(Catalogue catalogue, Snapshot snapshot) {
        return of(catalogue, snapshot.figures(), snapshot.sample()).withOfficers(snapshot.officerNumbers(Area.ENGLAND_AND_WALES));
    }

    private OverviewPage withOfficers(java.util.Optional<OfficerNumbers> officers) {
        return new OverviewPage(sample, measures, forces, officers);
    }

    public static OverviewPage of(Catalogue catalogue, List<Figure> figures, boolean sample) {
        Map<String, Figure> latest = new LinkedHashMap<>();
        Map<String, List<Figure>> series = new LinkedHashMap<>();
        for (Figure f : figures) {
            if (NATIONAL.contains(f.areaCode())) {
                latest.merge(f.metric() + "|" + f.source(), f, (a, b) -> a.periodEnd().isAfter(b.periodEnd()) ? a : b);
            }
        }
        for (Figure f : figures) {
            Figure last = latest.get(f.metric() + "|" + f.source());
            // one national area per metric source: the one of its latest figure
            if (last != null && (f.areaCode().equals(last.areaCode()) || catalogue.forces().byCode(f.areaCode()).isPresent())) {
                series.computeIfAbsent(f.metric() + "|" + f.source(), k -> new ArrayList<>()).add(f);
            }
        }
        List<MeasureSummary> measures = new ArrayList<>();
        for (Measure measure : catalogue.measures()) {
            List<FigureLine> lines = new ArrayList<>();
            for (Metric metric : catalogue.metrics()) {
                if (!metric.measureId().equals(measure.id())) {
                    continue;
                }
                latest.values().stream().filter(f -> f.metric().equals(metric.id())).forEach(f -> lines.add(line(catalogue,
                        measure, metric, f, series.get(f.metric() + "|" + f.source()))));
            }
            measures.add(new MeasureSummary(measure.id(), measure.name(), lines));
        }
        List<uk.org.ncpm.catalogue.Force> forces = catalogue.forces().territorial().stream()
                .sorted(java.util.Comparator.comparing(uk.org.ncpm.catalogue.Force::name)).toList();
        return new OverviewPage(sample, measures, forces, java.util.Optional.empty());
    }

    private static FigureLine line(Catalogue catalogue, Measure measure, Metric metric, Figure f, List<Figure> all) {
        String period = new RollingPeriod(f.periodEnd()).label();
        String areaName = catalogue.areaName(f.areaCode()).orElse(f.areaCode());
        List<Figure> national = all.stream().filter(x -> x.areaCode().equals(f.areaCode())).toList();
        Svg chart = RollingYearChart.of("overview-" + f.metric() + "-" + f.source(),
                metric.name() + ", " + areaName + ", by rolling year (" + f.sourceLabel() + ")", areaName, national, true);
        List<String> quality = DataQualityNotes.of(catalogue, f, all);
        String table = "/measures/" + measure.id() + "#metric-" + metric.id();
        if (!f.isAvailable()) {
            return new FigureLine(metric.name(), f.sourceLabel(), period, "..", "..", "..", "not available: " + f.reason(), chart,
                    quality, table);
        }
        String value = NumberText.figure(f.value()) + (f.lower().isPresent() ? " (" + NumberText.figure(f.lower()) + " to " + NumberText.figure(f.upper()) + ")" : "");
        String change = f.changePct().isPresent() ? signed(f.change()) + " (" + signed(round(f.changePct(), 1)) + "%)"
                : signed(f.change());
        return new FigureLine(metric.name(), f.sourceLabel(), period, value, NumberText.figure(f.baseline()), change,
                f.verdict().orElse(f.reason().isEmpty() ? "no test" : f.reason()), chart, quality, table);
    }

    private static OptionalDouble round(OptionalDouble v, int places) {
        return v.isEmpty() ? v : OptionalDouble.of(BigDecimal.valueOf(v.getAsDouble()).setScale(places, RoundingMode.HALF_UP).doubleValue());
    }

    private static String signed(OptionalDouble v) {
        if (v.isEmpty()) {
            return "..";
        }
        String text = NumberText.figure(v);
        return v.getAsDouble() > 0 ? "+" + text : text;
    }

}
