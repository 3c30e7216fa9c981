package uk.org.ncpm.measures;

import java.util.OptionalDouble;

/**
 * The change of a rolling year against the baseline (year ending June 2019), on one quantity
 * ({@link ChangeBasis}), with the change in the value's own unit beside it.
 *
 * @param baseline      the baseline on the basis (a rate when the basis is {@code RATE})
 * @param difference    current − baseline on the basis; in percentage points for percentages
 * @param percent       difference / baseline × 100; empty when the baseline is 0 or the unit is a percentage
 * @param percentLower  95% interval of the percentage change, where the test gives one
 * @param baselineValue the baseline in the value's own unit (the count, for a rate basis)
 * @param valueChange   current − baseline in the value's own unit (the count change shown beside a rate change)
 */
public record Change(ChangeBasis basis, double baseline, double difference, OptionalDouble percent,
                     OptionalDouble percentLower, OptionalDouble percentUpper, double baselineValue,
                     double valueChange) {

    /** The baseline year against itself. */
    static Change none(ChangeBasis basis, double baseline, double baselineValue) {
        return new Change(basis, baseline, 0, OptionalDouble.of(0), OptionalDouble.empty(), OptionalDouble.empty(),
                baselineValue, 0);
    }
}
