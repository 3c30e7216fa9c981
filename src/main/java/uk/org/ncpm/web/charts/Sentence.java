package uk.org.ncpm.web.charts;

/** Words as a sentence of a chart's description. */
final class Sentence {

    private Sentence() {
    }

    /** Capital first letter, full stop at the end; empty stays empty. */
    static String of(String words) {
        String s = words.strip();
        if (s.isEmpty()) {
            return s;
        }
        s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        return s.endsWith(".") ? s : s + ".";
    }
}
