package uk.org.ncpm.web.charts;

import uk.org.ncpm.text.NumberText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Axis ticks at "nice" numbers: a step of 1, 2 or 5 times a power of ten, the axis running from a
 * multiple of the step at or below the lowest value to one at or above the highest (Heckbert's loose
 * labelling: P. Heckbert (1990) "Nice numbers for graph labels", Graphics Gems, pp. 61–63).
 *
 * <p>The range is first rounded up to a nice number, and the step is the nice number nearest to that
 * range divided by (target − 1). For 0 to 63 with five ticks wanted: range 100, step 20, ticks 0, 20,
 * …, 80. Ticks are exact decimals (0.1, 0.2, 0.3, not 0.30000000000000004).
 *
 * @param values the ticks, lowest first; the first is the axis minimum and the last its maximum
 * @param step   the distance between ticks
 */
record Ticks(List<Double> values, BigDecimal step) {

    Ticks {
        values = List.copyOf(values);
    }

    /**
     * Ticks covering {@code low} to {@code high}, about {@code target} of them (at least 2). When
     * the two are equal the axis is widened around them (to 0–1 for zero).
     */
    static Ticks of(double low, double high, int target) {
        if (!Double.isFinite(low) || !Double.isFinite(high) || low > high) {
            throw new IllegalArgumentException("ticks need finite low ≤ high, found " + low + " and " + high);
        }
        if (target < 2) {
            throw new IllegalArgumentException("target must be at least 2 ticks, found " + target);
        }
        if (low == high) {
            double spread = low == 0 ? 1 : Math.abs(low) * 0.1;
            low = low == 0 ? 0 : low - spread;
            high = high + spread;
        }
        BigDecimal range = nice(high - low, false);
        BigDecimal step = nice(range.doubleValue() / (target - 1), true);
        long first = BigDecimal.valueOf(low).divide(step, 0, RoundingMode.FLOOR).longValueExact();
        long last = BigDecimal.valueOf(high).divide(step, 0, RoundingMode.CEILING).longValueExact();
        List<Double> values = new ArrayList<>();
        for (long k = first; k <= last; k++) {
            values.add(step.multiply(BigDecimal.valueOf(k)).doubleValue());
        }
        return new Ticks(values, step);
    }

    /** Heckbert's nice number: 1, 2, 5 or 10 × 10^k, rounded to nearest or taken at or above x. */
    private static BigDecimal nice(double x, boolean round) {
        int exponent = (int) Math.floor(Math.log10(x));
        double fraction = x / Math.pow(10, exponent);
        int niceFraction;
        if (round) {
            niceFraction = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
        } else {
            niceFraction = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        }
        return BigDecimal.valueOf(niceFraction).scaleByPowerOfTen(exponent).stripTrailingZeros();
    }

    double min() {
        return values.get(0);
    }

    double max() {
        return values.get(values.size() - 1);
    }

    /** A tick as the axis shows it: as many decimals as the step has, thousands grouped ("1,500", "0.2"). */
    String label(double value) {
        int decimals = Math.max(0, step.scale());
        return NumberText.grouped(value, decimals);
    }
}
