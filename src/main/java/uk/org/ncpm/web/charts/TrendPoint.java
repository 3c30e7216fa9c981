package uk.org.ncpm.web.charts;

import uk.org.ncpm.text.NumberText;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One rolling year of a {@link TrendChart}.
 *
 * @param label    the year's short name on the axis, its last month: "Jun 2019"
 * @param value    the figure (count, rate, estimate), empty when not available: drawn as a gap, never zero
 * @param lower    lower end of its 95% interval, if any
 * @param upper    upper end of its 95% interval, if any
 * @param baseline whether this is the baseline year (year ending June 2019)
 */
public record TrendPoint(String label, OptionalDouble value, OptionalDouble lower, OptionalDouble upper, boolean baseline) {

    public TrendPoint {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        finite("value", value);
        finite("lower", lower);
        finite("upper", upper);
        if (lower.isPresent() != upper.isPresent()) {
            throw new IllegalArgumentException("an interval needs both ends; " + label + " has lower " + lower + ", upper " + upper);
        }
    }

    /** A year with a value and no interval. */
    public static TrendPoint of(String label, double value) {
        return new TrendPoint(label, OptionalDouble.of(value), OptionalDouble.empty(), OptionalDouble.empty(), false);
    }

    /** A year whose figure is not available. */
    public static TrendPoint notAvailable(String label) {
        return new TrendPoint(label, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), false);
    }

    /** This year, marked as the baseline. */
    public TrendPoint asBaseline() {
        return new TrendPoint(label, value, lower, upper, true);
    }

    /** Whether the year has a value and a 95% interval. */
    boolean hasInterval() {
        return value.isPresent() && lower.isPresent();
    }

    /** "63 (95% interval 48.4 to 80.6)", "63", or "not available". */
    String words() {
        if (value.isEmpty()) {
            return "not available";
        }
        String figure = NumberText.figure(value.getAsDouble());
        return lower.isEmpty() ? figure : figure + " (95% interval " + NumberText.figure(lower.getAsDouble()) + " to "
                + NumberText.figure(upper.getAsDouble()) + ")";
    }

    private static void finite(String name, OptionalDouble v) {
        if (v.isPresent() && !Double.isFinite(v.getAsDouble())) {
            throw new IllegalArgumentException(name + " must be a finite number, found " + v.getAsDouble());
        }
    }
}
