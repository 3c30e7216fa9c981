package uk.org.ncpm.measures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One force's reading of the funnel plot of a figure source and rolling year: the plot, where the
 * force falls on it, or why there is no plot or the force is not on it. Only count sources with a rate
 * (a population loaded) have a plot; a force takes part when it has a whole count and a population for
 * the year, and the others are named as left out (City of London without a rate: with the reason its
 * per-resident rate is not comparable). The target is the England and Wales figure's rate of
 * the year, like-for-like as {@link FigureBuilder} makes it (forces missing in this year or in the
 * baseline left out of it); a force with a count this year is still placed against it.
 *
 * @param plot         the plot, when there is one
 * @param placement    where the force falls, when it is on the plot
 * @param notAvailable why there is no plot or no placement
 */
public record FunnelReading(Optional<FunnelPlot> plot, Optional<FunnelPlacement> placement, Optional<String> notAvailable) {

    /**
     * The reading of a force from the forces' figures of one year.
     *
     * @param forceOrder every territorial force, in the order the plot lists them
     * @param ratePer    the metric's rate denominator; empty when it has no rate
     * @param national   the England and Wales figure of the year, whose rate is the target
     */
    static FunnelReading of(String forceCode, List<String> forceOrder, OptionalDouble ratePer, ForceRates forces,
                            Optional<Figure> national) {
        if (ratePer.isEmpty()) {
            return without("no funnel plot: the catalogue gives this metric no rate per residents");
        }
        Optional<Figure> nationalFigure = national.filter(Figure::isAvailable);
        if (nationalFigure.isEmpty() || nationalFigure.get().rate().isEmpty()) {
            return without("no funnel plot: no England and Wales rate for this year"
                    + national.map(f -> f.reason().isEmpty() ? "" : " (" + f.reason() + ")").orElse(""));
        }
        double target = nationalFigure.get().rate().getAsDouble();
        if (!(target > 0)) {
            return without("no funnel plot: the England and Wales rate is zero");
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Double> populations = new LinkedHashMap<>();
        List<ForceLeftOut> leftOut = new ArrayList<>();
        for (String code : forceOrder) {
            Optional<Figure> figure = forces.figure(code).filter(Figure::isAvailable);
            if (figure.isEmpty() || figure.get().population().isEmpty() || figure.get().rate().isEmpty()) {
                String why = forces.whyNoRate(code);
                leftOut.add(new ForceLeftOut(code, CityOfLondon.is(code)
                        ? "no per-resident rate (" + CityOfLondon.NOT_COMPARABLE + ")" + (figure.isEmpty() ? "; " + why : "")
                        : why));
                continue;
            }
            double value = figure.get().value().getAsDouble();
            if (value < 0 || value != Math.rint(value) || !figure.get().unit().equals(Judgement.COUNT)) {
                leftOut.add(new ForceLeftOut(code, "not a whole count (" + value + " " + figure.get().unit() + ")"));
                continue;
            }
            counts.put(code, (long) value);
            populations.put(code, figure.get().population().getAsDouble());
        }
        if (counts.size() < 2) {
            return without("no funnel plot: fewer than 2 forces have a count and a population for this year");
        }
        FunnelPlot plot = FunnelPlot.of(target, ratePer.getAsDouble(), counts, populations, leftOut);
        Optional<FunnelPlacement> placement = plot.placementOf(forceCode);
        Optional<String> why = placement.isPresent() ? Optional.empty() : leftOut.stream()
                .filter(l -> l.forceCode().equals(forceCode)).findFirst()
                .map(l -> "the force is not on the funnel plot: " + l.reason())
                .or(() -> Optional.of("the force is not on the funnel plot"));
        return new FunnelReading(Optional.of(plot), placement, why);
    }

    private static FunnelReading without(String reason) {
        return new FunnelReading(Optional.empty(), Optional.empty(), Optional.of(reason));
    }
}
