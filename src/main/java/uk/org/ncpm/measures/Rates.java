package uk.org.ncpm.measures;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.catalogue.Metric;
import uk.org.ncpm.stats.PoissonInterval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Rates per residents (docs/method.md, "Rates"): the mid-year estimate within a year of the period's
 * mid-point; for England and Wales the same mid-year for every force in it, a force without that
 * estimate leaving only itself out of the rate (named); no rate for a force whose per-resident rate the
 * catalogue says is not comparable (City of London). The interval is the exact Poisson interval of the
 * count scaled to the rate.
 */
final class Rates {

    private final Catalogue catalogue;
    private final SourceData data;

    Rates(Catalogue catalogue, SourceData data) {
        this.catalogue = catalogue;
        this.data = data;
    }

    /** Residents per which a metric's counts are given as a rate, if it has one. */
    OptionalInt per(String metricId, String unit) {
        if (!unit.equals(Judgement.COUNT)) {
            return OptionalInt.empty();
        }
        return catalogue.metric(metricId).map(Metric::ratePer).orElse(OptionalInt.empty());
    }

    /** The rate of one area's count. */
    RateOutcome of(String metricId, String unit, String area, RollingPeriod period, double count) {
        OptionalInt per = per(metricId, unit);
        if (per.isEmpty()) {
            return RateOutcome.NO_RATE;
        }
        Optional<String> suppressed = catalogue.forces().byCode(area).flatMap(Force::noRateReason);
        if (suppressed.isPresent()) {
            return RateOutcome.none("no rate per residents: " + suppressed.get());
        }
        var estimates = data.populations(area);
        Optional<Population> population = Population.forPeriod(estimates, period);
        if (population.isEmpty()) {
            return RateOutcome.none("no rate: " + Population.missing(estimates, period));
        }
        return new RateOutcome(Optional.of(rate(count, per.getAsInt(), population.get().persons(),
                population.get().year(), population.get().note())), "");
    }

    /**
     * The England and Wales rate of the forces summed: the mid-year estimate most of them have within a
     * year of the period's mid-point (the latest on a tie), for every force of the rate.
     */
    RateOutcome national(String metricId, String unit, RollingPeriod period, Map<String, Double> counts) {
        OptionalInt per = per(metricId, unit);
        if (per.isEmpty()) {
            return RateOutcome.NO_RATE;
        }
        Map<Integer, Long> years = counts.keySet().stream()
                .map(force -> Population.forPeriod(data.populations(force), period))
                .flatMap(Optional::stream).collect(Collectors.groupingBy(Population::year, TreeMap::new, Collectors.counting()));
        if (years.isEmpty()) {
            return RateOutcome.none("no rate: no force has a population estimate within a year of the middle of the "
                    + period.label());
        }
        int year = years.entrySet().stream().max(Comparator.<Map.Entry<Integer, Long>>comparingLong(Map.Entry::getValue)
                .thenComparing(Map.Entry::getKey)).orElseThrow().getKey();
        double count = 0;
        double persons = 0;
        List<String> without = new ArrayList<>();
        for (Map.Entry<String, Double> force : counts.entrySet()) {
            Optional<Population> p = Population.ofYear(data.populations(force.getKey()), year, period);
            if (p.isEmpty()) {
                without.add(catalogue.areaName(force.getKey()).orElse(force.getKey()));
                continue;
            }
            count += force.getValue();
            persons += p.get().persons();
        }
        String note = "mid-" + year + " estimates" + (without.isEmpty() ? ""
                : "; left out of the rate, no mid-" + year + " estimate loaded: " + Names.list(without));
        return new RateOutcome(Optional.of(rate(count, per.getAsInt(), persons, year, note)),
                without.isEmpty() ? "" : "the rate leaves out " + Names.list(without) + " (no mid-" + year + " estimate)");
    }

    private static Rate rate(double count, int per, double persons, int year, String note) {
        double scale = per / persons;
        OptionalDouble lower = OptionalDouble.empty();
        OptionalDouble upper = OptionalDouble.empty();
        if (count >= 0 && count == Math.rint(count)) {
            PoissonInterval interval = PoissonInterval.of((long) count);
            lower = OptionalDouble.of(interval.lower() * scale);
            upper = OptionalDouble.of(interval.upper() * scale);
        }
        return new Rate(count * scale, lower, upper, per, persons, year, note);
    }

}
