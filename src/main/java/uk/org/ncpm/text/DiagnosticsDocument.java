package uk.org.ncpm.text;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.measures.ChartSignal;
import uk.org.ncpm.measures.ComparatorGroup;
import uk.org.ncpm.measures.Diagnostics;
import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.measures.ForceControlChart;
import uk.org.ncpm.measures.ForceLeftOut;
import uk.org.ncpm.measures.FunnelPlot;
import uk.org.ncpm.measures.FunnelReading;
import uk.org.ncpm.measures.GroupComparison;
import uk.org.ncpm.measures.SourceDiagnostics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A force's diagnostics as one JSON object with every section, the same in `ncpm diagnostics --format json`
 * and the API: numbers as numbers (BigInteger/BigDecimal, rounded as {@link FigureColumns} rounds), absent
 * values as null, keys in the order given.
 */
public final class DiagnosticsDocument {

    private DiagnosticsDocument() {
    }

    public static Map<String, Object> of(Diagnostics d, Catalogue catalogue) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("area_code", d.force().code());
        root.put("area_name", d.force().name());
        root.put("period_end", d.period().toString());
        root.put("period", d.period().label());
        root.put("purpose", Diagnostics.PURPOSE);
        root.put("comparator_group", d.group().map(g -> group(g, catalogue)).orElse(null));
        List<Object> sources = new ArrayList<>();
        for (SourceDiagnostics s : d.sources()) {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("metric", s.source().metricId());
            source.put("source", s.source().source());
            source.put("source_label", s.source().label());
            source.put("summary", s.summary());
            source.put("figure", s.figure().map(DiagnosticsDocument::figure).orElse(null));
            source.put("comparator", comparison(s.comparison(), catalogue));
            source.put("funnel", funnel(s.funnel(), catalogue));
            source.put("spc", s.controlChart().map(DiagnosticsDocument::chart).orElse(null));
            sources.add(source);
        }
        root.put("sources", sources);
        return root;
    }

    private static Map<String, Object> group(ComparatorGroup g, Catalogue catalogue) {
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("name", g.name());
        group.put("basis", g.basis());
        group.put("method", ComparatorGroup.METHOD);
        group.put("members", forces(g.memberCodes(), catalogue));
        group.put("notes", g.notes());
        return group;
    }

    private static Map<String, Object> figure(Figure f) {
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("status", f.status());
        figure.put("value", NumberText.plain(f.value(), -1));
        figure.put("unit", f.unit());
        figure.put("rate", NumberText.plain(f.rate(), 3));
        figure.put("rate_per", NumberText.plain(f.ratePer(), -1));
        figure.put("population_note", f.populationNote());
        figure.put("reason", f.reason());
        return figure;
    }

    private static Map<String, Object> comparison(GroupComparison c, Catalogue catalogue) {
        Map<String, Object> comparison = new LinkedHashMap<>();
        comparison.put("available", c.isAvailable());
        comparison.put("not_available_reason", c.notAvailable().orElse(null));
        comparison.put("rate_per", NumberText.plain(c.ratePer(), -1));
        comparison.put("force_rate", NumberText.plain(c.forceRate(), 3));
        comparison.put("group_average", NumberText.plain(c.groupAverage(), 3));
        comparison.put("group_forces", forces(c.included(), catalogue));
        comparison.put("group_left_out", leftOut(c.leftOut(), catalogue));
        comparison.put("england_and_wales_rate", NumberText.plain(c.englandAndWalesRate(), 3));
        comparison.put("england_and_wales_left_out", forces(c.englandAndWalesLeftOut(), catalogue));
        return comparison;
    }

    private static Map<String, Object> funnel(FunnelReading f, Catalogue catalogue) {
        Map<String, Object> funnel = new LinkedHashMap<>();
        funnel.put("position", f.placement().map(p -> p.position().words()).orElse(null));
        funnel.put("not_available_reason", f.notAvailable().orElse(null));
        f.placement().ifPresent(p -> {
            funnel.put("count", p.count());
            funnel.put("rate", number(p.rate()));
            funnel.put("limits", ordered("lower_998", number(p.limits().lower998()), "lower_95", number(p.limits().lower95()),
                    "upper_95", number(p.limits().upper95()), "upper_998", number(p.limits().upper998())));
        });
        Optional<FunnelPlot> plot = f.plot();
        plot.ifPresent(p -> {
            funnel.put("target_rate", number(p.targetRate()));
            funnel.put("rate_per", NumberText.plain(OptionalDouble.of(p.ratePer()), -1));
            funnel.put("forces", p.forces());
            funnel.put("forces_left_out", leftOut(p.leftOut(), catalogue));
            funnel.put("overdispersion_applied", p.adjustment().applied());
            funnel.put("phi", number(p.adjustment().phi()));
            funnel.put("overdispersion_p_value", p.adjustment().pValue());
            funnel.put("overdispersion_model", modelName(p.model()));
            funnel.put("tau", number(p.adjustment().randomEffects().tau()));
            funnel.put("overdispersion", p.adjustmentWords());
        });
        return funnel;
    }

    private static Map<String, Object> chart(ForceControlChart c) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("available", c.isAvailable());
        chart.put("not_available_reason", c.notAvailable().orElse(null));
        chart.put("first_month", c.series().first().toString());
        chart.put("last_month", c.series().last().toString());
        chart.put("baseline_months", c.baselineMonths().size());
        chart.put("centre", c.chart().map(x -> number(x.centre())).orElse(null));
        chart.put("lower_limit", c.chart().map(x -> number(x.lowerLimit())).orElse(null));
        chart.put("upper_limit", c.chart().map(x -> number(x.upperLimit())).orElse(null));
        chart.put("notes", c.notes());
        Map<String, Object> counts = new LinkedHashMap<>();
        c.series().counts().forEach((month, count) -> counts.put(month.toString(), count));
        chart.put("counts", counts);
        Map<String, Object> gaps = new LinkedHashMap<>();
        c.series().gaps().forEach((month, why) -> gaps.put(month.toString(), why));
        chart.put("gaps", gaps);
        List<Object> signals = new ArrayList<>();
        for (ChartSignal s : c.signals()) {
            Map<String, Object> signal = new LinkedHashMap<>();
            signal.put("rule", s.rule().words());
            signal.put("direction", s.direction() == uk.org.ncpm.stats.SpcSignal.Direction.UP ? "up" : "down");
            signal.put("first_month", s.first().toString());
            signal.put("last_month", s.last().toString());
            signal.put("months", s.months().stream().map(Object::toString).toList());
            signal.put("words", s.words());
            signals.add(signal);
        }
        chart.put("signals", signals);
        return chart;
    }

    private static List<Object> forces(List<String> codes, Catalogue catalogue) {
        return codes.stream().<Object>map(code -> ordered("code", code, "name", catalogue.areaName(code).orElse(code))).toList();
    }

    /** "none", "multiplicative" or "additive random effects": the funnel's over-dispersion model in the published columns. */
    static String modelName(uk.org.ncpm.stats.DispersionModel model) {
        return switch (model) {
            case NONE -> "none";
            case MULTIPLICATIVE -> "multiplicative";
            case ADDITIVE_RANDOM_EFFECTS -> "additive random effects";
        };
    }

    private static List<Object> leftOut(List<ForceLeftOut> leftOut, Catalogue catalogue) {
        return leftOut.stream().<Object>map(l -> ordered("code", l.forceCode(),
                "name", catalogue.areaName(l.forceCode()).orElse(l.forceCode()), "reason", l.reason())).toList();
    }

    /** An object with its keys in the order given: key, value, key, value... */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    private static Object number(double value) {
        return NumberText.plain(OptionalDouble.of(value), 3);
    }
}
