package uk.org.ncpm.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A number as the product writes it for people: the one home of the rules, so that a count, a rate or
 * a share reads the same on a page, in a chart, in the CLI and in a PDF. Always {@link Locale#UK}
 * (thousands by commas, decimals by a point), whatever the machine's locale. The machine columns of
 * CSV and JSON answers (plain, unrounded or to a fixed scale) are {@link FigureColumns}' own.
 *
 * <p>The notes that {@code measures} writes into figures and diagnostics (φ, τ, p, shares) keep their
 * own formats there: that package sits before this one in the flow and cannot call it.
 */
public final class NumberText {

    /** What a table shows for a figure that is not available. */
    public static final String NOT_AVAILABLE = "..";

    private NumberText() {
    }

    /** A count with thousands grouped: "1,234". */
    public static String count(long count) {
        return String.format(Locale.UK, "%,d", count);
    }

    /** Two decimal places with thousands grouped, as rates and averages are given in diagnostics: "1,234.50". */
    public static String decimal(double value) {
        return String.format(Locale.UK, "%,.2f", value);
    }

    /** A fixed number of decimal places, thousands grouped: an axis tick ("1,500", "0.2"). */
    public static String grouped(double value, int decimals) {
        return String.format(Locale.UK, "%,." + decimals + "f", value);
    }

    /** A fixed number of decimal places, not grouped: "0.123". */
    public static String fixed(double value, int decimals) {
        return String.format(Locale.UK, "%." + decimals + "f", value);
    }

    /**
     * A figure as the site's tables and charts show it: whole numbers from 100 up, one decimal below
     * (half up), a trailing zero dropped, thousands grouped ("1,234", "63", "10.6"). One decimal is as
     * much as a year's count or rate can bear; more would suggest a precision the data has not.
     */
    public static String figure(double value) {
        BigDecimal d = BigDecimal.valueOf(value);
        d = d.abs().compareTo(BigDecimal.valueOf(100)) >= 0 ? d.setScale(0, RoundingMode.HALF_UP)
                : d.setScale(1, RoundingMode.HALF_UP);
        String text = String.format(Locale.UK, "%,." + Math.max(0, d.stripTrailingZeros().scale()) + "f", d);
        return text.equals("-0") ? "0" : text;
    }

    /** {@link #figure(double)}, or ".." when there is none. */
    public static String figure(OptionalDouble value) {
        return value.isEmpty() ? NOT_AVAILABLE : figure(value.getAsDouble());
    }

    /** The residents a rate is per: "per million", "per 100,000", "per 1,000". */
    public static String per(double ratePer) {
        return ratePer == 1e6 ? "per million" : "per " + count(Math.round(ratePer));
    }

    /** A part of a whole as a percentage to one decimal: "12.5%". */
    public static String percent(long part, long whole) {
        return String.format(Locale.UK, "%.1f%%", 100.0 * part / whole);
    }

    /**
     * A number for a CSV or JSON column: rounded half-up to {@code decimals} places (-1: as stored),
     * trailing zeros dropped, without exponent (a BigInteger when whole, else a BigDecimal); null when
     * absent, so the cell is empty.
     */
    public static Object plain(OptionalDouble value, int decimals) {
        if (value.isEmpty()) {
            return null;
        }
        BigDecimal exact = BigDecimal.valueOf(value.getAsDouble());
        if (decimals >= 0) {
            exact = exact.setScale(decimals, RoundingMode.HALF_UP);
        }
        exact = exact.stripTrailingZeros();
        return exact.scale() <= 0 ? exact.toBigInteger() : exact;
    }

    /** A p-value for a column: four significant figures, "<0.0001" below that (null when absent). */
    public static Object pValue(OptionalDouble p) {
        if (p.isEmpty()) {
            return null;
        }
        if (p.getAsDouble() < 0.0001) {
            return "<0.0001";
        }
        return new BigDecimal(p.getAsDouble()).round(new MathContext(4)).stripTrailingZeros();
    }

    /** The text of a column's value: numbers without exponent, null empty. */
    public static String plainText(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value == null ? "" : value.toString();
    }
}
