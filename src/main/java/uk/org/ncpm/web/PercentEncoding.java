package uk.org.ncpm.web;

import java.util.Optional;

/**
 * One spelling of a percent-encoded path or query (RFC 3986, 6.2.2): escapes of unreserved characters
 * decoded ({@code %67went} is {@code gwent}), other escapes in upper case ({@code %2f} is {@code %2F}).
 * Two addresses that mean the same are then kept once, and a {@code %} not followed by two hexadecimal
 * digits is found here, to be refused with a 400 rather than ignored.
 */
final class PercentEncoding {

    private static final String HEX = "0123456789ABCDEF";

    private PercentEncoding() {
    }

    /** The canonical spelling, or empty when a {@code %} is not followed by two hexadecimal digits. */
    static Optional<String> canonical(String raw) {
        if (raw.indexOf('%') < 0) {
            return Optional.of(raw);
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            int high = i + 1 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
            int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
            if (high < 0 || low < 0) {
                return Optional.empty();
            }
            char decoded = (char) (high * 16 + low);
            if (unreserved(decoded)) {
                out.append(decoded);
            } else {
                out.append('%').append(HEX.charAt(high)).append(HEX.charAt(low));
            }
            i += 2;
        }
        return Optional.of(out.toString());
    }

    static boolean wellFormed(String raw) {
        return raw == null || canonical(raw).isPresent();
    }

    private static boolean unreserved(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
