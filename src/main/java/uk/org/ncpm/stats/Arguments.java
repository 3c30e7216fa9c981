package uk.org.ncpm.stats;

/** Argument checks whose messages name the argument and its value. */
final class Arguments {

    private Arguments() {
    }

    static long nonNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be zero or more, found " + value);
        }
        return value;
    }

    static double positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a positive finite number, found " + value);
        }
        return value;
    }

    static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, found " + value);
        }
        return value;
    }

    static double confidence(double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException("confidence must be strictly between 0 and 1, found " + value);
        }
        return value;
    }
}
