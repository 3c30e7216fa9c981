package uk.org.ncpm.ingest;

import java.util.regex.Pattern;

/**
 * Checks a longitude or latitude as data.police.uk prints it ({@code -3.384851}). The common form
 * is checked character by character — it is on every row of millions — and anything else (an
 * exponent, padding) falls back to a strict pattern: {@code Double.parseDouble} alone would also
 * take "1.5d" and "0x1p1", which the store's CSV load then refuses.
 */
final class Coordinate {

    private static final Pattern PLAIN_NUMBER = Pattern.compile(" *[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)? *");

    private Coordinate() {
    }

    /** True when the text is a plain decimal number whose absolute value is at most {@code limit}. */
    static boolean isWithin(String text, int limit) {
        int i = 0;
        int n = text.length();
        if (n > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
            i++;
        }
        int whole = 0;
        int wholeDigits = 0;
        while (i < n && isDigit(text.charAt(i)) && wholeDigits < 4) {
            whole = whole * 10 + (text.charAt(i++) - '0');
            wholeDigits++;
        }
        boolean fractionNonZero = false;
        int fractionDigits = 0;
        if (i < n && text.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(text.charAt(i))) {
                fractionNonZero |= text.charAt(i++) != '0';
                fractionDigits++;
            }
        }
        if (i == n && wholeDigits + fractionDigits > 0 && wholeDigits < 4) {
            return whole < limit || (whole == limit && !fractionNonZero);
        }
        return slowPath(text, limit);
    }

    private static boolean slowPath(String text, int limit) {
        if (!PLAIN_NUMBER.matcher(text).matches()) {
            return false;
        }
        return Math.abs(Double.parseDouble(text)) <= limit;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
