package uk.org.ncpm.measures;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Funnel plots of stored figures, the ones the site's tables show: each stored figure is read back as
 * a {@link Figure} and placed by {@link FunnelReading}, the same code as `ncpm diagnostics`, so the
 * funnel maths lives in one place.
 *
 * <p>The figure table keeps a rate but not the population behind it, so the population is read back
 * as {@code value × ratePer / rate}. A count of 0 has a rate of 0 and says nothing about its
 * population: it is taken from another stored figure of the same area with the same population note
 * (the same mid-year estimate, whatever the metric), so that a force with no offences is not left
 * off the plot.
 */
public final class StoredFunnelPlots {

    /** The plot, or (empty) why there is none, e.g. "no funnel plot: the catalogue gives this metric no rate per residents". */
    public record Plot(Optional<FunnelPlot> plot, String whyNone) {
    }

    private final Map<String, Double> populations;

    private StoredFunnelPlots(Map<String, Double> populations) {
        this.populations = populations;
    }

    /** Reads the populations of every figure given (all the stored figures, to cover counts of 0). */
    public static StoredFunnelPlots of(List<StoredFigure> figures) {
        Map<String, Double> populations = new HashMap<>();
        for (StoredFigure f : figures) {
            derived(f).ifPresent(p -> populations.putIfAbsent(key(f.areaCode(), f.populationNote()), p));
        }
        return new StoredFunnelPlots(populations);
    }

    /**
     * The funnel plot of one source and rolling year, with no force singled out: the plot (each force's
     * place from {@link FunnelPlot#placementOf}) or why there is none.
     *
     * @param forceOrder the territorial forces, in the order the plot lists them
     * @param forces     the forces' stored figures of the year, by code
     * @param national   the England and Wales figure of the year, whose rate is the target
     */
    public Plot plot(List<String> forceOrder, Map<String, StoredFigure> forces, Optional<StoredFigure> national) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        forces.forEach((code, f) -> figures.put(code, figure(f)));
        OptionalDouble ratePer = forces.values().stream().map(StoredFigure::ratePer).filter(OptionalDouble::isPresent)
                .findFirst().orElse(OptionalDouble.empty());
        FunnelReading reading = FunnelReading.of("", forceOrder, ratePer, new ForceRates(figures), national.map(this::figure));
        return new Plot(reading.plot(), reading.plot().isPresent() ? "" : reading.notAvailable().orElse("no funnel plot"));
    }

    /** The stored figure as the figure it was computed as, with the population read back (no source files: not needed here). */
    Figure figure(StoredFigure f) {
        OptionalDouble population = derived(f).map(OptionalDouble::of)
                .orElseGet(() -> Optional.ofNullable(populations.get(key(f.areaCode(), f.populationNote())))
                        .filter(p -> f.rate().isPresent()).map(OptionalDouble::of).orElse(OptionalDouble.empty()));
        List<String> excluded = f.excludedForces() == null || f.excludedForces().isBlank() ? List.of()
                : Arrays.stream(f.excludedForces().split("[;,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new Figure(f.metric(), f.areaCode(), RollingPeriod.ending(f.periodEnd()), f.source(), f.sourceLabel(), f.unit(),
                f.value(), f.lower(), f.upper(), f.rate(), OptionalDouble.empty(), OptionalDouble.empty(), f.ratePer(), population,
                f.populationNote(), f.baseline(), f.change(), f.changePct(), f.pValue(), f.verdict(), excluded, f.published(),
                f.status(), f.reason(), Set.of());
    }

    private static Optional<Double> derived(StoredFigure f) {
        if (f.value().isEmpty() || f.rate().isEmpty() || f.ratePer().isEmpty() || !(f.rate().getAsDouble() > 0)) {
            return Optional.empty();
        }
        return Optional.of(f.value().getAsDouble() * f.ratePer().getAsDouble() / f.rate().getAsDouble());
    }

    private static String key(String area, String note) {
        return area + "|" + note;
    }
}
