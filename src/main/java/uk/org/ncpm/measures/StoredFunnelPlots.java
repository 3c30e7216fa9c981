package uk.org.ncpm.measures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Funnel plots of stored figures, the ones the site's tables show: each stored figure is read back as
 * a {@link Figure} and placed by {@link FunnelReading}, the same code as `ncpm diagnostics`, so the
 * funnel maths lives in one place.
 * Every stored figure keeps the population its rate is per, so a force with no offences stays on the plot.
 */
public final class StoredFunnelPlots {

    /** The plot, or (empty) why there is none, e.g. "no funnel plot: the catalogue gives this metric no rate per residents". */
    public record Plot(Optional<FunnelPlot> plot, String whyNone) {
    }

    private StoredFunnelPlots() {
    }

    /** The funnel plots of the stored figures given (each keeps its population since method 2.0). */
    public static StoredFunnelPlots of(List<Figure> figures) {
        return new StoredFunnelPlots();
    }

    /**
     * The funnel plot of one source and rolling year, with no force singled out: the plot (each force's
     * place from {@link FunnelPlot#placementOf}) or why there is none.
     *
     * @param forceOrder the territorial forces, in the order the plot lists them
     * @param forces     the forces' stored figures of the year, by code
     * @param national   the England and Wales figure of the year, whose rate is the target
     */
    public Plot plot(List<String> forceOrder, Map<String, Figure> forces, Optional<Figure> national) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        forces.forEach((code, f) -> figures.put(code, figure(f)));
        OptionalDouble ratePer = forces.values().stream().map(Figure::ratePer).filter(OptionalDouble::isPresent)
                .findFirst().orElse(OptionalDouble.empty());
        FunnelReading reading = FunnelReading.of("", forceOrder, ratePer, new ForceRates(figures), national.map(this::figure));
        return new Plot(reading.plot(), reading.plot().isPresent() ? "" : reading.notAvailable().orElse("no funnel plot"));
    }

    /** The stored figure as the plot reads it: since method 2.0 it keeps its population. */
    Figure figure(Figure f) {
        return f;
    }
}
