package uk.org.ncpm.web;

import uk.org.ncpm.text.NumberText;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.catalogue.Metric;
import uk.org.ncpm.measures.CityOfLondon;
import uk.org.ncpm.measures.ForceLeftOut;
import uk.org.ncpm.measures.FunnelPlacement;
import uk.org.ncpm.measures.FunnelPlot;
import uk.org.ncpm.measures.RollingPeriod;
import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.measures.StoredFunnelPlots;
import uk.org.ncpm.stats.FunnelLimits;
import uk.org.ncpm.stats.FunnelPosition;
import uk.org.ncpm.web.charts.FunnelChart;
import uk.org.ncpm.web.charts.LimitsAtPopulation;
import uk.org.ncpm.web.charts.FunnelPoint;
import uk.org.ncpm.web.charts.Svg;
import uk.org.ncpm.web.govuk.Table;
import uk.org.ncpm.web.govuk.Table.Cell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleFunction;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The funnel plot of the forces for one metric source and rolling year, from the same stored figures as
 * the alphabetical force table (placed by {@link StoredFunnelPlots}): the chart, the forces outside the
 * limits named in words, the over-dispersion adjustment, the forces left off and why, and the table of
 * the plot's figures in alphabetical order. Forces are placed, never ranked.
 *
 * @param outside  the forces outside the 95% limits in words, e.g. "Above expected range (95%): Kent Police."
 * @param notes    the adjustment and the forces not on the plot, in words
 */
public record ForcesFunnel(Svg chart, String outside, List<String> notes, Table table) {

    public ForcesFunnel {
        notes = List.copyOf(notes);
    }

    /**
     * The funnel of the forces' figures of one year, or why there is none (in {@code whyNone}'s words).
     *
     * @param forces   the forces' figures of the year (one per force)
     * @param national the England and Wales figure of the year, if any
     */
    static Result of(Catalogue catalogue, Metric metric, String sourceLabel, List<Figure> forces,
                     Optional<Figure> national, StoredFunnelPlots plots) {
        List<Force> order = catalogue.forces().territorial().stream().sorted(Comparator.comparing(Force::name)).toList();
        Map<String, Figure> byCode = forces.stream().collect(Collectors.toMap(Figure::areaCode, f -> f, (a, b) -> a));
        StoredFunnelPlots.Plot plot = plots.plot(order.stream().map(Force::code).toList(), byCode, national);
        if (plot.plot().isEmpty()) {
            return new Result(Optional.empty(), MetricDescription.capitalise(plot.whyNone()) + ".");
        }
        FunnelPlot funnel = plot.plot().get();
        String period = new RollingPeriod(forces.get(0).periodEnd()).label();
        String per = NumberText.per(funnel.ratePer());
        List<FunnelPoint> points = new ArrayList<>();
        Map<FunnelPosition, List<String>> byPosition = new EnumMap<>(FunnelPosition.class);
        List<List<Cell>> rows = new ArrayList<>();
        for (Force force : order) {
            Optional<FunnelPlacement> placement = funnel.placementOf(force.code());
            placement.ifPresent(p -> {
                points.add(new FunnelPoint(force.name(), p.population(), p.rate(), false,
                        CityOfLondon.is(force.code()) ? CITY_OF_LONDON_APART : ""));
                byPosition.computeIfAbsent(p.position(), k -> new ArrayList<>()).add(force.name());
            });
            Figure f = byCode.get(force.code());
            if (f == null) {
                continue;
            }
            String position = placement.map(p -> p.position().words()).orElseGet(() -> "not on the plot: " + funnel.leftOut().stream()
                    .filter(l -> l.forceCode().equals(force.code())).map(ForceLeftOut::reason).findFirst().orElse("no count"));
            rows.add(List.of(Cell.link(force.name(), "/forces/" + force.slug()), Cell.numeric(FigureText.value(f)),
                    Cell.numeric(placement.map(p -> NumberText.figure(OptionalDouble.of(Math.rint(p.population())))).orElse("..")),
                    Cell.numeric(FigureText.rate(f)), Cell.text(position)));
        }
        List<LimitsAtPopulation> limits = limits(funnel, points);
        String outside = outside(byPosition, points.size());
        String adjustment = MetricDescription.capitalise(funnel.adjustmentWords()) + ".";
        Svg chart = FunnelChart.of("funnel-" + metric.id() + "-" + forces.get(0).source(),
                        metric.name() + ": rate " + per + " residents by force population, " + period + " (" + sourceLabel + ")",
                        points, funnel.targetRate())
                .withLimits(limits).withAxisWords("Rate " + per + " residents")
                .withNationalWords("England and Wales rate (like-for-like)")
                .withVerdict(outside + " " + adjustment).render();
        List<String> notes = new ArrayList<>(List.of(adjustment));
        funnel.placementOf(CityOfLondon.CODE).ifPresent(p -> notes.add("City of London Police, rate "
                + NumberText.figure(Math.rint(p.rate() * 10) / 10) + " " + per + " residents: " + CityOfLondon.NOT_COMPARABLE
                + ", so its rate does not set the plot's axes (drawn at the top edge, with an arrow, when it is above them)"
                + " and is kept out of the over-dispersion estimate."));
        if (!funnel.leftOut().isEmpty()) {
            notes.add("Not on the plot: " + funnel.leftOut().stream().map(l -> catalogue.forces().byCode(l.forceCode())
                    .map(Force::name).orElse(l.forceCode()) + " (" + l.reason() + ")").collect(Collectors.joining("; ")) + ".");
        }
        Table table = new Table("Figures of the funnel plot, forces in alphabetical order, " + period, "govuk-table__caption--s", true,
                List.of(Cell.text("Force"), Cell.numeric(MetricDescription.capitalise(metric.unit().heading())), Cell.numeric("Residents"),
                        Cell.numeric("Rate " + per + " residents"), Cell.text("Position on the funnel plot")), rows)
                .withClasses("govuk-!-font-size-16");
        return new Result(Optional.of(new ForcesFunnel(chart, outside, notes, table)), "");
    }

    /**
     * The limit curves, from where they leave the top of the plot to past the largest force. A very small
     * force (City of London) has limits far above every rate; the plot is kept to the rates that occur
     * among the forces that set the axes (the highest such force or limit at the largest force, with room)
     * and the curves run off its top.
     */
    private static List<LimitsAtPopulation> limits(FunnelPlot funnel, List<FunnelPoint> points) {
        DoubleFunction<LimitsAtPopulation> at = population -> {
            FunnelLimits l = funnel.adjustment().limitsFor(population / funnel.ratePer());
            return new LimitsAtPopulation(population, l.lower998(), l.lower95(), l.upper95(), l.upper998());
        };
        List<FunnelPoint> scale = points.stream().filter(p -> p.setApart().isEmpty()).toList();
        double smallest = scale.stream().mapToDouble(FunnelPoint::population).min().orElse(1);
        double largest = points.stream().mapToDouble(FunnelPoint::population).max().orElse(2) * 1.05;
        double top = 1.25 * Math.max(at.apply(largest).upper998(), scale.stream().mapToDouble(FunnelPoint::rate).max().orElse(0));
        double from = smallest / 4;
        while (from < largest / 2 && at.apply(from).upper998() > top) {
            from *= 1.1;
        }
        return LimitsAtPopulation.sample(from, largest, 80, at);
    }

    /** Said beside City of London's point, and in the chart's description when it is off the scale. */
    static final String CITY_OF_LONDON_APART = "per-resident rates are not comparable";

    /** The funnel, or why there is none. */
    record Result(Optional<ForcesFunnel> funnel, String whyNone) {
    }

    /** "Above expected range (95%): Kent Police, Surrey Police. The other 41 forces: within expected range." */
    static String outside(Map<FunnelPosition, List<String>> byPosition, int forces) {
        StringBuilder text = new StringBuilder();
        int outside = 0;
        for (FunnelPosition position : List.of(FunnelPosition.WELL_ABOVE, FunnelPosition.ABOVE, FunnelPosition.BELOW,
                FunnelPosition.WELL_BELOW)) {
            List<String> names = byPosition.getOrDefault(position, List.of());
            if (!names.isEmpty()) {
                text.append(MetricDescription.capitalise(position.words())).append(": ").append(String.join(", ", names)).append(". ");
                outside += names.size();
            }
        }
        if (outside == 0) {
            return forces == 1 ? "The force is within expected range." : "All " + forces + " forces are within expected range.";
        }
        int within = forces - outside;
        return text + (within == 0 ? "No force is within expected range."
                : (within == 1 ? "The other force is" : "The other " + within + " forces are") + " within expected range.");
    }
}
