package uk.org.ncpm.ingest.homeoffice;

import java.math.BigDecimal;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Cell values as the readers meet them: text from a CSV, or what the spreadsheet library returns
 * ({@code String}, {@code Double}, or {@code null} for an empty cell).
 */
final class Cells {

    /** An optional minus and digits; "-00" is how the 2017/18 open data table prints many zeros. */
    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,15}");
    private static final double LARGEST_EXACT = 9_007_199_254_740_992d;

    private Cells() {
    }

    /**
     * The whole number in a cell, padding spaces ignored ({@code " 66776 "} is 66776, {@code "-00 "} is 0,
     * {@code "-1"} is -1: quarterly counts go negative when crimes recorded earlier in the year are
     * cancelled). Empty for anything else: text, a fraction, thousands separators, an empty cell.
     */
    static OptionalLong wholeNumber(Object cell) {
        if (cell instanceof Number number) {
            double value = number.doubleValue();
            return value == Math.rint(value) && Math.abs(value) < LARGEST_EXACT
                    ? OptionalLong.of((long) value) : OptionalLong.empty();
        }
        String text = text(cell);
        return WHOLE.matcher(text).matches() ? OptionalLong.of(Long.parseLong(text)) : OptionalLong.empty();
    }

    /** The cell as trimmed text; a number without its trailing zeros ({@code 80.0} is {@code 80}); empty for no value. */
    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Double || cell instanceof Float) {
            double value = ((Number) cell).doubleValue();
            return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                    : String.valueOf(value);
        }
        return cell.toString().replace('\u00A0', ' ').strip();
    }

    /** How messages show a cell: {@code 'twelve'}, {@code 1.5} or {@code nothing}. */
    static String describe(Object cell) {
        if (cell == null || cell.toString().isBlank()) {
            return "nothing";
        }
        return cell instanceof Number ? text(cell) : "'" + cell + "'";
    }
}
