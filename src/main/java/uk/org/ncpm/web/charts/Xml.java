package uk.org.ncpm.web.charts;

/** XML escaping for text and attribute values. */
final class Xml {

    private Xml() {
    }

    /**
     * The text with {@code & < > " '} escaped, and characters XML 1.0 does not allow (control
     * characters other than tab, newline and carriage return; unpaired surrogates) dropped.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (allowed(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }

    /** An id attribute value: letters, digits, '-' and '_', starting with a letter. */
    static String id(String wanted) {
        String id = wanted.replaceAll("[^A-Za-z0-9_-]", "-");
        return id.isEmpty() || !Character.isLetter(id.charAt(0)) ? "chart-" + id : id;
    }
}
