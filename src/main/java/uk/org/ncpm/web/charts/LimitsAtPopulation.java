package uk.org.ncpm.web.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * The funnel's control limits at one population, as rates: the curves of a {@link FunnelChart} join
 * them. Compute them with {@code uk.org.ncpm.stats.FunnelLimits} (Spiegelhalter 2005) and sample them
 * with {@link #sample}.
 */
public record LimitsAtPopulation(double population, double lower998, double lower95, double upper95, double upper998) {

    public LimitsAtPopulation {
        if (!(population > 0) || !Double.isFinite(population)) {
            throw new IllegalArgumentException("population must be a positive number, found " + population);
        }
        if (!(lower998 <= lower95 && lower95 <= upper95 && upper95 <= upper998) || !Double.isFinite(lower998)
                || !Double.isFinite(upper998)) {
            throw new IllegalArgumentException("limits at population " + population + " must be finite and in order "
                    + "lower 99.8% ≤ lower 95% ≤ upper 95% ≤ upper 99.8%, found " + lower998 + ", " + lower95 + ", " + upper95
                    + ", " + upper998);
        }
    }

    /**
     * Limits at {@code count} populations spaced evenly on a log scale from {@code from} to {@code to}
     * (where the funnel bends, at small populations, the curve gets more points).
     */
    public static List<LimitsAtPopulation> sample(double from, double to, int count, DoubleFunction<LimitsAtPopulation> limitsAt) {
        if (!(from > 0) || !(to > from) || count < 2) {
            throw new IllegalArgumentException("sample needs 0 < from < to and at least 2 points, found from " + from + ", to "
                    + to + ", count " + count);
        }
        List<LimitsAtPopulation> limits = new ArrayList<>(count);
        double ratio = Math.log(to / from) / (count - 1);
        for (int i = 0; i < count; i++) {
            limits.add(limitsAt.apply(i == count - 1 ? to : from * Math.exp(ratio * i)));
        }
        return limits;
    }
}
