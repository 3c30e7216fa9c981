package uk.org.ncpm.ingest.ons;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An area name or column heading as printed, split from the footnote markers the tables append
 * without a separator: {@code Cheshire7}, {@code North West 7,8}, {@code Devon & Cornwall(2)},
 * {@code Homicide¹}. (Markers set as superscript runs are already gone: see {@link SheetText}.)
 *
 * @param text      the name without markers, whitespace collapsed
 * @param footnotes the footnote numbers, as printed
 */
record PublishedLabel(String text, List<String> footnotes) {

    private static final Pattern IN_BRACKETS = Pattern.compile("^(.*\\D)\\s*\\((\\d+(?:\\s*,\\s*\\d+)*)\\)$");
    private static final Pattern DIGITS = Pattern.compile("^(.*[^\\d\\s,])\\s*(\\d+(?:\\s*,\\s*\\d+)*)$");
    private static final Pattern GSS_NOTE = Pattern.compile("(?i)^(.*?)\\s*\\[note\\s*(\\d+)]$");
    private static final Pattern SUPERSCRIPTS = Pattern.compile("^(.*?)\\s*([\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+)$");

    PublishedLabel {
        footnotes = List.copyOf(footnotes);
    }

    /**
     * @param printed     the cell's text without its superscript runs
     * @param superscript the superscript runs, footnote markers such as "7,8", may be empty
     */
    static PublishedLabel of(String printed, String superscript) {
        PublishedLabel label = of(printed);
        List<String> footnotes = new ArrayList<>(label.footnotes());
        footnotes.addAll(numbers(superscript.replaceAll("[^\\d,]", "")));
        return new PublishedLabel(label.text(), footnotes);
    }

    static PublishedLabel of(String printed) {
        String text = printed.replace('\u00A0', ' ').replaceAll("\\s+", " ").trim();
        List<String> footnotes = new ArrayList<>();
        boolean stripped = true;
        while (stripped && !text.isEmpty()) {
            stripped = false;
            for (Pattern marker : List.of(GSS_NOTE, IN_BRACKETS, DIGITS, SUPERSCRIPTS)) {
                Matcher m = marker.matcher(text);
                if (m.matches() && m.group(1).chars().anyMatch(Character::isLetter)) {
                    footnotes.addAll(0, numbers(m.group(2)));
                    text = m.group(1).trim();
                    stripped = true;
                    break;
                }
            }
        }
        return new PublishedLabel(text, footnotes);
    }

    /**
     * A form of a column heading for matching: lower case, digits (footnote markers, also inside
     * brackets as in {@code (excluding fraud3)}) and punctuation dropped, "&amp;" read as "and".
     */
    static String key(String printed) {
        return printed.toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[\\d\u00B9\u00B2\u00B3\u2070\u2074-\u2079]", "")
                .replaceAll("[^a-z]+", " ")
                .trim();
    }

    /** A heading for notes: footnote digits dropped, e.g. {@code Total recorded crime (excluding fraud)}. */
    static String display(String printed) {
        return of(printed.replaceAll("(?<=[A-Za-z])\\d+(?:,\\d+)*(?=\\))", "")).text();
    }

    private static List<String> numbers(String markers) {
        if (markers.chars().allMatch(c -> c == ',' || Character.isWhitespace(c) || Character.isDigit(c))) {
            return Arrays.stream(markers.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
        StringBuilder digits = new StringBuilder();
        markers.codePoints().forEach(c -> digits.append(Character.getNumericValue(c)));
        return List.of(digits.toString());
    }
}
