package uk.org.ncpm.measures;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A source's value for one area and rolling year, or why there is none. Never zero for missing data.
 *
 * @param lower   published lower bound (survey estimates), if any
 * @param upper   published upper bound, if any
 * @param files   the vintages it was computed from
 * @param reason    why it is not available; empty when it is
 * @param footnotes the source's footnotes on the observations it sums
 */
public record PeriodValue(OptionalDouble value, OptionalDouble lower, OptionalDouble upper, String unit, Set<Long> files,
                          Optional<String> reason, List<String> footnotes) {

    public PeriodValue {
        files = Set.copyOf(files);
        footnotes = List.copyOf(footnotes);
        if (value.isPresent() == reason.isPresent()) {
            throw new IllegalArgumentException("a period value has either a value or a reason it is not available");
        }
    }

    public static PeriodValue of(double value, String unit, Set<Long> files) {
        return new PeriodValue(OptionalDouble.of(value), OptionalDouble.empty(), OptionalDouble.empty(), unit, files,
                Optional.empty(), List.of());
    }

    public static PeriodValue notAvailable(String reason, String unit) {
        return new PeriodValue(OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), unit, Set.of(),
                Optional.of(reason), List.of());
    }

    public PeriodValue withFootnotes(List<String> notes) {
        return new PeriodValue(value, lower, upper, unit, files, reason, notes);
    }

    public boolean isAvailable() {
        return value.isPresent();
    }
}
