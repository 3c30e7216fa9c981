package uk.org.ncpm.text;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.measures.ChartSignal;
import uk.org.ncpm.measures.ComparatorGroup;
import uk.org.ncpm.measures.Diagnostics;
import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.measures.ForceControlChart;
import uk.org.ncpm.measures.FunnelPlacement;
import uk.org.ncpm.measures.FunnelPlot;
import uk.org.ncpm.measures.GroupComparison;
import uk.org.ncpm.measures.SourceDiagnostics;
import uk.org.ncpm.stats.XmrChart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A force's diagnostics as one row per metric source, the same in `ncpm diagnostics --format csv` and the
 * API, with the columns documented in {@code diagnostics --help}. Cells as {@link FigureColumns#of} gives
 * them: strings, numbers, booleans or null for an empty cell.
 */
public final class DiagnosticsColumns {

    public static final List<String> NAMES = List.of("area_code", "area_name", "period_end", "metric", "source", "status",
            "value", "rate", "rate_per", "comparator_group", "comparator_basis", "group_method", "group_average",
            "group_forces", "group_left_out", "england_and_wales_rate", "funnel_position", "funnel_target_rate",
            "funnel_lower_998", "funnel_lower_95", "funnel_upper_95", "funnel_upper_998", "funnel_forces",
            "overdispersion_applied", "phi", "overdispersion_model", "tau", "spc_baseline_months", "spc_centre", "spc_lower_limit", "spc_upper_limit",
            "spc_signals", "summary");

    private DiagnosticsColumns() {
    }

    public static List<List<Object>> rows(Diagnostics d, Catalogue catalogue) {
        List<List<Object>> rows = new ArrayList<>();
        for (SourceDiagnostics s : d.sources()) {
            List<Object> row = new ArrayList<>(List.of(d.force().code(), d.force().name(), d.period().toString(),
                    s.source().metricId(), s.source().source()));
            row.addAll(figure(s.figure()));
            row.addAll(comparison(d.group(), s.comparison(), catalogue));
            row.addAll(funnel(s));
            row.addAll(chart(s.controlChart()));
            row.add(s.summary());
            rows.add(row);
        }
        return rows;
    }

    private static List<Object> figure(Optional<Figure> figure) {
        if (figure.isEmpty() || !figure.get().isAvailable()) {
            String na = FigureColumns.NOT_AVAILABLE;
            return Arrays.asList(Figure.NOT_AVAILABLE, na, na, null);
        }
        Figure f = figure.get();
        return Arrays.asList(f.status(), NumberText.plain(f.value(), -1), NumberText.plain(f.rate(), 3),
                NumberText.plain(f.ratePer(), -1));
    }

    private static List<Object> comparison(Optional<ComparatorGroup> group, GroupComparison c, Catalogue catalogue) {
        return Arrays.asList(group.map(ComparatorGroup::name).orElse(null), group.map(ComparatorGroup::basis).orElse(null),
                ComparatorGroup.METHOD, NumberText.plain(c.groupAverage(), 3),
                c.isAvailable() ? NamedForces.of(catalogue, c.included()).replace(", ", "; ") : null,
                c.isAvailable() ? NamedForces.leftOut(catalogue, c.leftOut()) : null,
                NumberText.plain(c.englandAndWalesRate(), 3));
    }

    private static List<Object> funnel(SourceDiagnostics s) {
        Optional<FunnelPlot> plot = s.funnel().plot();
        Optional<FunnelPlacement> p = s.funnel().placement();
        return Arrays.asList(p.map(x -> x.position().words()).orElse(null),
                plot.map(x -> NumberText.plain(OptionalDouble.of(x.targetRate()), 3)).orElse(null),
                p.map(x -> NumberText.plain(OptionalDouble.of(x.limits().lower998()), 3)).orElse(null),
                p.map(x -> NumberText.plain(OptionalDouble.of(x.limits().lower95()), 3)).orElse(null),
                p.map(x -> NumberText.plain(OptionalDouble.of(x.limits().upper95()), 3)).orElse(null),
                p.map(x -> NumberText.plain(OptionalDouble.of(x.limits().upper998()), 3)).orElse(null),
                plot.map(FunnelPlot::forces).orElse(null),
                plot.map(x -> x.adjustment().applied()).orElse(null),
                plot.map(x -> NumberText.plain(OptionalDouble.of(x.adjustment().phi()), 3)).orElse(null),
                plot.map(x -> DiagnosticsDocument.modelName(x.model())).orElse(null),
                plot.map(x -> NumberText.plain(OptionalDouble.of(x.adjustment().randomEffects().tau()), 4)).orElse(null));
    }

    private static List<Object> chart(Optional<ForceControlChart> chart) {
        Optional<XmrChart> x = chart.flatMap(ForceControlChart::chart);
        return Arrays.asList(chart.map(c -> c.baselineMonths().size()).orElse(null),
                x.map(c -> NumberText.plain(OptionalDouble.of(c.centre()), 3)).orElse(null),
                x.map(c -> NumberText.plain(OptionalDouble.of(c.lowerLimit()), 3)).orElse(null),
                x.map(c -> NumberText.plain(OptionalDouble.of(c.upperLimit()), 3)).orElse(null),
                chart.map(c -> String.join("; ", c.signals().stream().map(ChartSignal::words).toList())).orElse(null));
    }
}
