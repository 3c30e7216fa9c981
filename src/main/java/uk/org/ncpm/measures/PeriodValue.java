package uk.org.ncpm.measures;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A source's value for one area and rolling year, or why there is none. Never zero for missing data.
 *
 * @param lower   published lower bound (survey estimates), if any
 * @param upper   published upper bound, if any
 * @param files   the vintages it was computed from
 * @param reason  why it is not available; empty when it is
 */
public record PeriodValue(OptionalDouble value, OptionalDouble lower, OptionalDouble upper, String unit, Set<Long> files,
                          Optional<String> reason) {

    public PeriodValue {
        files = Set.copyOf(files);
        if (value.isPresent() == reason.isPresent()) {
            throw new IllegalArgumentException("a period value has either a value or a reason it is not available");
        }
    }

    public static PeriodValue of(double value, String unit, Set<Long> files) {
        return new PeriodValue(OptionalDouble.of(value), OptionalDouble.empty(), OptionalDouble.empty(), unit, files,
                Optional.empty());
    }

    public static PeriodValue notAvailable(String reason, String unit) {
        return new PeriodValue(OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), unit, Set.of(),
                Optional.of(reason));
    }

    public boolean isAvailable() {
        return value.isPresent();
    }
}
