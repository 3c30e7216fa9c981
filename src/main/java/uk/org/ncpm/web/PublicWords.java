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

    /** Internal phrase → public phrase, applied in order. */
    private static final Map<String, String> PHRASES = new LinkedHashMap<>();

    static {
        PHRASES.put("no file loaded for this force and month", "no data published for this force and month");
        PHRASES.put("no funnel plot: the catalogue gives this metric no rate per residents",
                "no funnel plot: this figure is a count, not a rate per resident, so forces of different sizes are not set side by side");
        PHRASES.put("no rate: the catalogue gives this metric no rate per residents, and counts of forces of different sizes are not compared",
                "this figure is a count, not a rate per resident, and counts of forces of different sizes are not compared");
        PHRASES.put("the catalogue gives this metric no rate per residents", "this figure is a count, not a rate per resident");
        PHRASES.put("no rate per residents in the catalogue, so not compared with other forces",
                "a count, not a rate per resident, so not compared with other forces");
        PHRASES.put("no population loaded: no rate", "no rate per resident: no population estimate is available");
        PHRASES.put("months not complete: ", "not all twelve months of data are available: ");
        PHRASES.put("quarters missing: ", "not all four quarters of data are available: ");
        PHRASES.put(" (tidy file)", "");
        PHRASES.put("(blank)", "(no name given)");
    }

    private static final Pattern MONTH = Pattern.compile("\\b(\\d{4})-(0[1-9]|1[0-2])\\b(?!-)");

    private PublicWords() {
    }

    /** The text with internal phrases in public words and months written "November 2019". */
    static String of(String text) {
        String words = text;
        for (Map.Entry<String, String> e : PHRASES.entrySet()) {
            words = words.replace(e.getKey(), e.getValue());
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
