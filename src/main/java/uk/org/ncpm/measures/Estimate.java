package uk.org.ncpm.measures;

import java.util.OptionalDouble;

/**
 * A rolling year's value with its 95% interval: exact Poisson (Garwood) for counts, the source's
 * own interval for survey estimates, none where the source gives none.
 */
public record Estimate(double value, OptionalDouble lower, OptionalDouble upper) {

    public static Estimate of(double value) {
        return new Estimate(value, OptionalDouble.empty(), OptionalDouble.empty());
    }
}
