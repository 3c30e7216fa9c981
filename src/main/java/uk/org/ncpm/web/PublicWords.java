package uk.org.ncpm.web;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a member of the public reads for the reasons and labels the figures carry. The store, the
 * CLI and the API keep their machine values ("no file loaded for this force and month", "2019-11",
 * "published figures (tidy file)"): analysts filter on them. Only what a page shows is reworded here,
 * so each internal phrase has one public phrase wherever it appears.
 */
final class PublicWords {

    /** Internal phrase (a regular expression) → public phrase, applied in order. */
    private static final Map<Pattern, String> PHRASES = new LinkedHashMap<>();

    static {
        put("no file loaded for this force and month", "no data published for this force and month");
        put("no funnel plot: the catalogue gives this metric no rate per residents",
                "no funnel plot: this figure is a count, not a rate per resident, so forces of different sizes are not set side by side");
        put("no rate: the catalogue gives this metric no rate per residents, and counts of forces of different sizes are not compared",
                "this figure is a count, not a rate per resident, and counts of forces of different sizes are not compared");
        put("the catalogue gives this metric no rate per residents", "this figure is a count, not a rate per resident");
        put("no rate per residents in the catalogue, so not compared with other forces",
                "a count, not a rate per resident, so not compared with other forces");
        put("no population loaded: no rate", "no rate per resident: no population estimate is available");
        put("months not complete, left as gaps (never zero): ", "months without complete data, left as gaps (never shown as zero): ");
        put("(no most-similar-group file loaded)", "(the HMICFRS most similar groups are not available to this site yet)");
        put("months not complete: ", "not all twelve months of data are available: ");
        put("quarters missing: ", "not all four quarters of data are available: ");
        // The over-dispersion test (docs/method.md, "Over-dispersion") in words: why there is no verdict.
        putPattern("over-dispersion cannot be estimated from the history to the end of the baseline year: "
                        + "history too short to estimate over-dispersion: ([^;.]*)",
                "there are too few figures before the baseline to know how much this figure usually varies ($1)");
        putPattern("history too short to estimate over-dispersion: ([^;.]*)",
                "there are too few earlier figures to know how much this figure usually varies ($1)");
        put(" (tidy file)", "");
        put(" (tidy import)", "");
        put("(blank)", "(no name given)");
    }

    /** A phrase taken as written. */
    private static void put(String internal, String words) {
        PHRASES.put(Pattern.compile(Pattern.quote(internal)), Matcher.quoteReplacement(words));
    }

    /** A phrase with a part kept ($1). */
    private static void putPattern(String internal, String words) {
        PHRASES.put(Pattern.compile(internal), words);
    }

    private static final Pattern MONTH = Pattern.compile("\\b(\\d{4})-(0[1-9]|1[0-2])\\b(?!-)");

    private PublicWords() {
    }

    /** The text with internal phrases in public words and months written "November 2019". */
    static String of(String text) {
        String words = text;
        for (Map.Entry<Pattern, String> e : PHRASES.entrySet()) {
            words = e.getKey().matcher(words).replaceAll(e.getValue());
        }
        Matcher m = MONTH.matcher(words);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            m.appendReplacement(out, month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear());
        }
        m.appendTail(out);
        return out.toString();
    }
}
