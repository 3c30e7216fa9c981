package uk.org.ncpm.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number cell of a published table as printed: a number (padding spaces and thousands separators
 * allowed), optionally followed by {@code [u]} (low reliability) and {@code [note N]} marks, or a
 * {@link SourceMarker}. Anything else is refused by the reader with its place in the file.
 *
 * @param value     the number; empty when the cell holds a marker
 * @param marker    the marker as printed, when the cell holds one
 * @param footnotes what the cell's own marks say: {@code [u]} and {@code [note N]}, in words
 */
public record TableCells(OptionalDouble value, Optional<SourceMarker> marker, List<String> footnotes) {

    /** 2^53: above it a double no longer holds every whole number, so a count would be silently rounded. */
    public static final double LARGEST_EXACT = 9_007_199_254_740_992d;
    /** How a {@code [note N]} mark is kept: {@code source note N}. */
    public static final String SOURCE_NOTE = "source note ";
    public static final String LOW_RELIABILITY = "low reliability, as marked by the source ([u])";

    private static final Pattern NUMBER = Pattern.compile("[-+]?((\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern MARKS = Pattern.compile("^(.*?)\\s*\\[(u|note\\s*(\\d+))]$", Pattern.CASE_INSENSITIVE);

    public TableCells {
        footnotes = List.copyOf(footnotes);
    }

    /** A problem found in a cell, for the reader to report with the cell's place. */
    public static final class Refused extends Exception {
        public Refused(String problem) {
            super(problem);
        }
    }

    public boolean isAvailable() {
        return value.isPresent();
    }

    /**
     * @param expected what the column holds, for the message (e.g. {@code a count of offences})
     * @throws Refused text that is neither a number nor a marker, or a number that is not finite or beyond 2^53
     */
    public static TableCells read(String cell, String expected) throws Refused {
        Optional<SourceMarker> marker = SourceMarker.in(cell);
        if (marker.isPresent()) {
            return new TableCells(OptionalDouble.empty(), marker, List.of());
        }
        String text = cell.replace('\u00A0', ' ').strip();
        List<String> footnotes = new ArrayList<>();
        for (Matcher m = MARKS.matcher(text); m.matches(); m = MARKS.matcher(text)) {
            footnotes.add(0, m.group(3) == null ? LOW_RELIABILITY : SOURCE_NOTE + m.group(3));
            text = m.group(1);
        }
        Optional<SourceMarker> marked = text.isBlank() ? Optional.empty() : SourceMarker.in(text);
        if (marked.isPresent()) {
            return new TableCells(OptionalDouble.empty(), marked, footnotes);
        }
        return new TableCells(OptionalDouble.of(number(text, cell, expected)), Optional.empty(), footnotes);
    }

    private static double number(String text, String cell, String expected) throws Refused {
        String plain = text.strip();
        if (plain.isEmpty() || !NUMBER.matcher(plain).matches()) {
            throw new Refused("expected " + expected + " or a not-available marker (" + SourceMarker.accepted()
                    + "), found '" + cell + "'");
        }
        // compared before rounding to a double, which would make 2^53 + 1 read as 2^53
        BigDecimal exact;
        try {
            exact = new BigDecimal(plain.replace(",", ""));
        } catch (NumberFormatException e) {
            exact = BigDecimal.valueOf(Double.MAX_VALUE); // an exponent beyond what BigDecimal holds
        }
        if (exact.abs().compareTo(BigDecimal.valueOf(LARGEST_EXACT)) > 0) {
            throw new Refused("expected " + expected + " as a finite number no larger than 2^53 (9007199254740992), found '" + cell + "'");
        }
        return exact.doubleValue();
    }
}
