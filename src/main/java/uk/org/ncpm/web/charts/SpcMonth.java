package uk.org.ncpm.web.charts;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One month of an {@link SpcChart}.
 *
 * @param label  the month's short name on the axis: "Jul 2018"
 * @param value  the month's value, empty when the month is missing or partial: a gap, never zero
 * @param signal whether the month is part of a special-cause signal
 */
public record SpcMonth(String label, OptionalDouble value, boolean signal) {

    public SpcMonth {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
            throw new IllegalArgumentException("value of " + label + " must be a finite number, found " + value.getAsDouble());
        }
        if (signal && value.isEmpty()) {
            throw new IllegalArgumentException("a missing month cannot be a signal: " + label);
        }
    }

    public static SpcMonth of(String label, double value) {
        return new SpcMonth(label, OptionalDouble.of(value), false);
    }

    public static SpcMonth missing(String label) {
        return new SpcMonth(label, OptionalDouble.empty(), false);
    }

    /** This month, marked as part of a special-cause signal. */
    public SpcMonth asSignal() {
        return new SpcMonth(label, value, true);
    }
}
