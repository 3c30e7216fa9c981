package uk.org.ncpm.web;

import uk.org.ncpm.catalogue.Area;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Measure;
import uk.org.ncpm.catalogue.Metric;
import uk.org.ncpm.measures.RollingPeriod;
import uk.org.ncpm.measures.StoredFigure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/** The England and Wales overview: the six measures, each with the latest national figure of its metrics. */
public record OverviewPage(boolean sample, List<MeasureSummary> measures, List<uk.org.ncpm.catalogue.Force> forces) {

    private static final Set<String> NATIONAL = Set.of(Area.ENGLAND_AND_WALES, Area.ENGLAND, "K02000001");

    public static OverviewPage of(Catalogue catalogue, List<StoredFigure> figures, boolean sample) {
        Map<String, StoredFigure> latest = new LinkedHashMap<>();
        for (StoredFigure f : figures) {
            if (NATIONAL.contains(f.areaCode())) {
                latest.merge(f.metric() + "|" + f.source(), f, (a, b) -> a.periodEnd().isAfter(b.periodEnd()) ? a : b);
            }
        }
        List<MeasureSummary> measures = new ArrayList<>();
        for (Measure measure : catalogue.measures()) {
            List<FigureLine> lines = new ArrayList<>();
            for (Metric metric : catalogue.metrics()) {
                if (!metric.measureId().equals(measure.id())) {
                    continue;
                }
                latest.values().stream().filter(f -> f.metric().equals(metric.id()))
                        .forEach(f -> lines.add(line(metric, f)));
            }
            measures.add(new MeasureSummary(measure.id(), measure.name(), lines));
        }
        List<uk.org.ncpm.catalogue.Force> forces = catalogue.forces().territorial().stream()
                .sorted(java.util.Comparator.comparing(uk.org.ncpm.catalogue.Force::name)).toList();
        return new OverviewPage(sample, measures, forces);
    }

    private static FigureLine line(Metric metric, StoredFigure f) {
        String period = new RollingPeriod(f.periodEnd()).label();
        if (!f.isAvailable()) {
            return new FigureLine(metric.name(), f.sourceLabel(), period, "..", "..", "..", "not available: " + f.reason());
        }
        String value = number(f.value()) + (f.lower().isPresent() ? " (" + number(f.lower()) + " to " + number(f.upper()) + ")" : "");
        String change = f.changePct().isPresent() ? signed(f.change()) + " (" + signed(round(f.changePct(), 1)) + "%)"
                : signed(f.change());
        return new FigureLine(metric.name(), f.sourceLabel(), period, value, number(f.baseline()), change,
                f.verdict().orElse(f.reason().isEmpty() ? "no test" : f.reason()));
    }

    private static OptionalDouble round(OptionalDouble v, int places) {
        return v.isEmpty() ? v : OptionalDouble.of(BigDecimal.valueOf(v.getAsDouble()).setScale(places, RoundingMode.HALF_UP).doubleValue());
    }

    static String number(OptionalDouble v) {
        if (v.isEmpty()) {
            return "..";
        }
        BigDecimal d = BigDecimal.valueOf(v.getAsDouble());
        d = d.abs().compareTo(BigDecimal.valueOf(100)) >= 0 ? d.setScale(0, RoundingMode.HALF_UP) : d.setScale(1, RoundingMode.HALF_UP);
        return String.format(java.util.Locale.UK, "%,." + Math.max(0, d.stripTrailingZeros().scale()) + "f", d);
    }

    private static String signed(OptionalDouble v) {
        if (v.isEmpty()) {
            return "..";
        }
        String text = number(v);
        return v.getAsDouble() > 0 ? "+" + text : text;
    }

}
