package uk.org.ncpm.measures;

import uk.org.ncpm.stats.PoissonInterval;
import uk.org.ncpm.stats.PoissonRatioTest;
import uk.org.ncpm.stats.SurveyComparison;
import uk.org.ncpm.stats.SurveyEstimate;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The uncertainty of a value and the test of its change against the baseline (MEASURES.md,
 * "Honest uncertainty"): counts are Poisson — exact Garwood interval, exact conditional test of
 * two Poisson counts with the populations as exposures when both are known; survey estimates keep
 * their published interval and are compared through it.
 */
record Judgement(OptionalDouble lower, OptionalDouble upper, OptionalDouble pValue, Optional<String> verdict,
                 Optional<String> note) {

    static final String COUNT = "count";

    static Judgement of(PeriodValue current, Optional<PeriodValue> baseline, OptionalDouble currentExposure,
                        OptionalDouble baselineExposure) {
        double value = current.value().getAsDouble();
        if (current.unit().equals(COUNT)) {
            return count(value, baseline, currentExposure, baselineExposure);
        }
        return survey(current, baseline);
    }

    private static Judgement count(double value, Optional<PeriodValue> baseline, OptionalDouble currentExposure,
                                   OptionalDouble baselineExposure) {
        if (value < 0 || value != Math.rint(value)) {
            return new Judgement(OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty(),
                    Optional.of("not a whole count of events (" + value + "): no Poisson interval or test"));
        }
        PoissonInterval interval = PoissonInterval.of((long) value);
        OptionalDouble lower = OptionalDouble.of(interval.lower());
        OptionalDouble upper = OptionalDouble.of(interval.upper());
        if (baseline.isEmpty()) {
            return new Judgement(lower, upper, OptionalDouble.empty(), Optional.empty(), Optional.empty());
        }
        double base = baseline.get().value().getAsDouble();
        if (base < 0 || base != Math.rint(base)) {
            return new Judgement(lower, upper, OptionalDouble.empty(), Optional.empty(),
                    Optional.of("baseline is not a whole count: no test"));
        }
        boolean exposures = currentExposure.isPresent() && baselineExposure.isPresent();
        PoissonRatioTest test = PoissonRatioTest.of((long) value, exposures ? currentExposure.getAsDouble() : 1,
                (long) base, exposures ? baselineExposure.getAsDouble() : 1);
        return new Judgement(lower, upper, test.testable() ? OptionalDouble.of(test.pValue()) : OptionalDouble.empty(),
                Optional.of(test.verdict().words()),
                exposures ? Optional.empty() : Optional.of("tested as counts: no population loaded for the rate"));
    }

    private static Judgement survey(PeriodValue current, Optional<PeriodValue> baseline) {
        if (current.lower().isEmpty() || current.upper().isEmpty()) {
            return new Judgement(OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty(),
                    Optional.of("no published interval: no test of change"));
        }
        if (baseline.isEmpty() || baseline.get().lower().isEmpty() || baseline.get().upper().isEmpty()) {
            return new Judgement(current.lower(), current.upper(), OptionalDouble.empty(), Optional.empty(),
                    baseline.isEmpty() ? Optional.empty() : Optional.of("baseline has no published interval: no test of change"));
        }
        SurveyComparison comparison = SurveyComparison.of(estimate(baseline.get()), estimate(current));
        return new Judgement(current.lower(), current.upper(), OptionalDouble.of(comparison.pValue()),
                Optional.of(comparison.verdict().words()), Optional.empty());
    }

    private static SurveyEstimate estimate(PeriodValue v) {
        return SurveyEstimate.of(v.value().getAsDouble(), v.lower().getAsDouble(), v.upper().getAsDouble());
    }
}
