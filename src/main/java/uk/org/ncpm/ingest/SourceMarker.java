package uk.org.ncpm.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A symbol a published table prints in place of a number: the Government Statistical Service
 * symbols ({@code [x]}, {@code [c]}, {@code [z]}, {@code [low]}) and the older ones ({@code ..},
 * {@code :}, {@code -}, {@code NA}, {@code n/a}, {@code *}), or a blank cell. Never a zero: the
 * marker is stored as printed and said in words with the figure (docs/method.md, "Data quality").
 *
 * @param printed the marker as the source prints it; {@code blank} for an empty cell
 */
public record SourceMarker(String printed) {

    public static final String BLANK = "blank";
    /** Not printed by a source: a table with no rows at all for a force and period (the roll-up's missing quarters). */
    public static final String NO_ROWS = "no rows";

    /** What each marker means, by its lower-case form; the typographic dashes stand for {@code -}. */
    private static final Map<String, Meaning> MEANINGS = Map.ofEntries(
            Map.entry("[x]", Meaning.NOT_AVAILABLE),
            Map.entry("[c]", Meaning.SUPPRESSED),
            Map.entry("[z]", Meaning.NOT_APPLICABLE),
            Map.entry("[low]", Meaning.LOW),
            Map.entry("..", Meaning.NOT_AVAILABLE),
            Map.entry(":", Meaning.NOT_AVAILABLE),
            Map.entry("-", Meaning.NOT_AVAILABLE),
            Map.entry("\u2013", Meaning.NOT_AVAILABLE),
            Map.entry("\u2014", Meaning.NOT_AVAILABLE),
            Map.entry("na", Meaning.NOT_AVAILABLE),
            Map.entry("n/a", Meaning.NOT_AVAILABLE),
            Map.entry("*", Meaning.SUPPRESSED),
            Map.entry(BLANK, Meaning.NOT_AVAILABLE),
            Map.entry(NO_ROWS, Meaning.NOT_AVAILABLE));

    private enum Meaning {
        NOT_AVAILABLE("not available in the source"),
        SUPPRESSED("suppressed by the source"),
        NOT_APPLICABLE("not applicable in the source"),
        LOW("too low to be shown by the source");

        private final String words;

        Meaning(String words) {
            this.words = words;
        }
    }

    /** The marker a cell holds, if it is one; an empty or blank cell is {@link #BLANK}. */
    public static Optional<SourceMarker> in(String cell) {
        String text = cell.replace('\u00A0', ' ').strip();
        if (text.isEmpty()) {
            return Optional.of(new SourceMarker(BLANK));
        }
        return MEANINGS.containsKey(text.toLowerCase(Locale.ROOT)) && !text.equals(NO_ROWS) ? Optional.of(new SourceMarker(text)) : Optional.empty();
    }

    /** The markers a number cell may hold, for messages. */
    public static String accepted() {
        return "[x], [c], [z], [low], .., :, -, NA, n/a, * or blank";
    }

    /**
     * The marker in words, e.g. {@code not available in the source (NA)} or {@code suppressed by the
     * source ([c])}. A stored marker not in the list (an older store) reads as not available.
     */
    public String words() {
        Meaning meaning = MEANINGS.getOrDefault(printed.toLowerCase(Locale.ROOT), Meaning.NOT_AVAILABLE);
        return meaning.words + " (" + (printed.equals(BLANK) ? "blank cell" : printed) + ")";
    }
}
