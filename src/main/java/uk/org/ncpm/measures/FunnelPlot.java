package uk.org.ncpm.measures;

import uk.org.ncpm.stats.DispersionModel;
import uk.org.ncpm.stats.FunnelLimits;
import uk.org.ncpm.stats.FunnelUnit;
import uk.org.ncpm.stats.OverdispersionAdjustment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The funnel plot of one figure source and rolling year (Spiegelhalter 2005; docs/method.md, "Funnel
 * plots"): every force with a count and a population, against the England and Wales rate of the year,
 * with 95% and 99.8% limits at each force's population, allowing for over-dispersion when the forces'
 * z-scores show it ({@link OverdispersionAdjustment}: Spiegelhalter's 10% winsorising, applied only when
 * the chi-squared test is significant at 5%; multiplicative √φ widening for φ ≤ 4, additive random
 * effects with τ² on the log rate above). Exposures are populations in the rate's own denominator
 * (population / 1,000 for rates per 1,000), so limits read as rates. A force is placed, never ranked.
 *
 * <p>City of London ({@link CityOfLondon}) is placed when it has a rate but kept out of the over-dispersion
 * estimate: its per-resident rate, many times any other force's, would otherwise decide the width of every
 * force's limits. The estimate needs at least two other forces; with fewer, City of London is counted in it.
 */
public final class FunnelPlot {

    private final double targetRate;
    private final double ratePer;
    private final Map<String, FunnelUnit> units;
    private final List<ForceLeftOut> leftOut;
    private final OverdispersionAdjustment adjustment;
    private final boolean cityOfLondonSetAside;

    private FunnelPlot(double targetRate, double ratePer, Map<String, FunnelUnit> units, List<ForceLeftOut> leftOut) {
        this.targetRate = targetRate;
        this.ratePer = ratePer;
        this.units = units;
        this.leftOut = List.copyOf(leftOut);
        List<FunnelUnit> estimatedFrom = units.entrySet().stream().filter(e -> !CityOfLondon.is(e.getKey()))
                .map(Map.Entry::getValue).toList();
        this.cityOfLondonSetAside = estimatedFrom.size() >= 2 && estimatedFrom.size() < units.size();
        this.adjustment = OverdispersionAdjustment.of(cityOfLondonSetAside ? estimatedFrom : List.copyOf(units.values()),
                targetRate);
    }

    /**
     * The plot of the given forces.
     *
     * @param targetRate the England and Wales rate, per {@code ratePer} residents; positive
     * @param ratePer    residents the rates are per
     * @param counts     each force's count, by code
     * @param population each force's population (persons), by code, for the same forces
     * @param leftOut    the forces not on the plot, with the reason
     */
    public static FunnelPlot of(double targetRate, double ratePer, Map<String, Long> counts, Map<String, Double> population,
                                List<ForceLeftOut> leftOut) {
        if (counts.size() < 2 || !counts.keySet().equals(population.keySet())) {
            throw new IllegalArgumentException("a funnel plot needs a count and a population for each of at least 2 forces, found "
                    + counts.keySet() + " and " + population.keySet());
        }
        Map<String, FunnelUnit> units = new LinkedHashMap<>();
        counts.forEach((code, count) -> units.put(code, new FunnelUnit(count, population.get(code) / ratePer)));
        return new FunnelPlot(targetRate, ratePer, units, leftOut);
    }

    /** Where a force falls, if it is on the plot. */
    public Optional<FunnelPlacement> placementOf(String forceCode) {
        FunnelUnit unit = units.get(forceCode);
        if (unit == null) {
            return Optional.empty();
        }
        FunnelLimits limits = adjustment.limitsFor(unit.exposure());
        return Optional.of(new FunnelPlacement(forceCode, unit.observed(), unit.exposure() * ratePer,
                unit.observed() / unit.exposure(), limits, limits.position(unit.observed())));
    }

    /** The England and Wales rate the limits are drawn around. */
    public double targetRate() {
        return targetRate;
    }

    public double ratePer() {
        return ratePer;
    }

    /** How many forces are on the plot. */
    public int forces() {
        return units.size();
    }

    public List<ForceLeftOut> leftOut() {
        return leftOut;
    }

    public OverdispersionAdjustment adjustment() {
        return adjustment;
    }

    /** Whether City of London is on the plot but kept out of the over-dispersion estimate. */
    public boolean cityOfLondonSetAside() {
        return cityOfLondonSetAside;
    }

    /**
     * How the limits allow for over-dispersion, in words, naming the model and its parameter:
     * "over-dispersion adjustment: multiplicative, φ = 2.40 (chi-squared test p = 0.027; φ ≤ 4): limits widened by √φ",
     * "over-dispersion adjustment: additive random effects, τ = 0.180 (forces' underlying rates about 18% apart;
     * φ = 2596.36 > 4, chi-squared test p < 0.001): limits θ·exp(±z·√(1/E + τ²)) on the log rate", or
     * "no over-dispersion adjustment (φ = 1.12, not significant at 5%: p = 0.312)"; followed, when so, by
     * "; City of London Police is kept out of the estimate (…)".
     */
    public String adjustmentWords() {
        String phi = String.format(Locale.UK, "φ = %.2f", adjustment.phi());
        String p = adjustment.pValue() < 0.001 ? "p < 0.001" : String.format(Locale.UK, "p = %.3f", adjustment.pValue());
        String large = String.format(Locale.UK, "%.0f", OverdispersionAdjustment.LARGE_PHI);
        String words = switch (adjustment.model()) {
            case NONE -> "no over-dispersion adjustment (" + phi + ", not significant at 5%: " + p + ")";
            case MULTIPLICATIVE -> "over-dispersion adjustment: multiplicative, " + phi + " (chi-squared test " + p + "; φ ≤ "
                    + large + "): limits widened by √φ";
            case ADDITIVE_RANDOM_EFFECTS -> {
                double tau = adjustment.randomEffects().tau();
                yield String.format(Locale.UK, "over-dispersion adjustment: additive random effects, τ = %.3f (forces' underlying "
                        + "rates about %.0f%% apart; %s > %s, chi-squared test %s): limits θ·exp(±z·√(1/E + τ²)) on the log rate",
                        tau, 100 * tau, phi, large, p);
            }
        };
        return words + (cityOfLondonSetAside ? "; City of London Police is kept out of the estimate (" + CityOfLondon.NOT_COMPARABLE
                + ")" : "");
    }

    /** Which model the limits use. */
    public DispersionModel model() {
        return adjustment.model();
    }
}
