package uk.org.ncpm.ingest.ons;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import uk.org.ncpm.ingest.IngestException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count cell of a table: a whole number of offences, or a marker saying the figure is not
 * available. Never zero for a marker.
 *
 * @param value  the count, empty when not available
 * @param marker    the not-available marker as published ({@code ..}, {@code :}, {@code -}, {@code blank} …)
 * @param footnotes the footnote numbers the cell itself carries ({@code 119 (3)}, or a superscript run)
 */
record PublishedCount(OptionalDouble value, Optional<String> marker, List<String> footnotes) {

    PublishedCount {
        footnotes = List.copyOf(footnotes);
    }

    /**
     * ONS symbols for "not available": {@code ..} and {@code :} (older tables), {@code -} and its
     * typographic dash, and the bracketed shorthand of current ONS tables ({@code [x]} not available,
     * {@code [c]} confidential, {@code [z]} not applicable).
     */
    static final Set<String> NOT_AVAILABLE = Set.of("..", ":", "-", "\u2013", "\u2014", "n/a", "[x]", "[c]", "[z]");

    /** A count as text: digits with optional thousands commas, then an optional footnote marker such as (3). */
    private static final Pattern TEXT_COUNT = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.0+)?\\s*(\\(\\d+(?:,\\d+)*\\)|[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+)?");

    static PublishedCount read(Cell cell, CellPlace place) throws IngestException {
        if (cell == null) {
            return notAvailable("blank");
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case BLANK -> notAvailable("blank");
            case NUMERIC -> count(cell.getNumericCellValue(), place);
            case STRING -> fromText(SheetText.withoutSuperscript(cell), SheetText.superscript(cell), place);
            case BOOLEAN -> throw place.error(expected() + ", found the logical value " + cell.getBooleanCellValue());
            case ERROR -> throw place.error(expected() + ", found a spreadsheet error ("
                    + FormulaError.forInt(cell.getErrorCellValue()).getString() + ")");
            default -> throw place.error(expected() + ", found a cell of type " + type);
        };
    }

    private static PublishedCount fromText(String printed, String superscript, CellPlace place) throws IngestException {
        String text = printed.replace('\u00A0', ' ').trim();
        if (text.isEmpty()) {
            return notAvailable("blank");
        }
        List<String> raised = PublishedLabel.of("x", superscript).footnotes();
        if (NOT_AVAILABLE.contains(text.toLowerCase(Locale.ROOT))) {
            return new PublishedCount(OptionalDouble.empty(), Optional.of(text), raised);
        }
        Matcher m = TEXT_COUNT.matcher(text);
        if (m.matches()) {
            List<String> footnotes = new ArrayList<>(m.group(2) == null ? List.of()
                    : PublishedLabel.of("x" + m.group(2)).footnotes());
            footnotes.addAll(raised);
            return new PublishedCount(count(Double.parseDouble(m.group(1).replace(",", "")), place).value(),
                    Optional.empty(), footnotes);
        }
        throw place.error(expected() + ", found text '" + printed + "'");
    }

    private static PublishedCount count(double value, CellPlace place) throws IngestException {
        if (!Double.isFinite(value) || value < 0 || value != Math.rint(value)) {
            throw place.error("expected a whole number of offences (0 or more), found " + value);
        }
        return new PublishedCount(OptionalDouble.of(value), Optional.empty(), List.of());
    }

    private static PublishedCount notAvailable(String marker) {
        return new PublishedCount(OptionalDouble.empty(), Optional.of(marker), List.of());
    }

    private static String expected() {
        return "expected a count of offences or a not-available marker (.., :, - or blank)";
    }
}
