package uk.org.ncpm.ingest.ons;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import uk.org.ncpm.ingest.IngestException;
import uk.org.ncpm.ingest.SourceMarker;
import uk.org.ncpm.ingest.TableCells;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count cell of a table: a whole number of offences, or a marker saying the figure is not
 * available. Never zero for a marker.
 *
 * @param value  the count, empty when not available
 * @param marker    the not-available marker as published ({@code ..}, {@code :}, {@code -}, {@code blank} …)
 * @param footnotes the footnote numbers the cell itself carries ({@code 119 (3)}, {@code 119 [note 3]}, or a
 *                  superscript run)
 * @param remarks   what the cell's other marks say in words ({@code [u]}: low reliability)
 */
record PublishedCount(OptionalDouble value, Optional<String> marker, List<String> footnotes, List<String> remarks) {

    PublishedCount {
        footnotes = List.copyOf(footnotes);
        remarks = List.copyOf(remarks);
    }

    PublishedCount(OptionalDouble value, Optional<String> marker, List<String> footnotes) {
        this(value, marker, footnotes, List.of());
    }

    /** A count as text: digits with optional thousands commas, then an optional footnote marker such as (3). */
    private static final Pattern TEXT_COUNT = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.0+)?\\s*(\\(\\d+(?:,\\d+)*\\)|[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+)?");

    static PublishedCount read(Cell cell, CellPlace place) throws IngestException {
        if (cell == null) {
            return notAvailable(SourceMarker.BLANK);
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case BLANK -> notAvailable(SourceMarker.BLANK);
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
            return notAvailable(SourceMarker.BLANK);
        }
        List<String> raised = PublishedLabel.of("x", superscript).footnotes();
        Matcher m = TEXT_COUNT.matcher(text);
        if (m.matches()) {
            List<String> footnotes = new ArrayList<>(m.group(2) == null ? List.of()
                    : PublishedLabel.of("x" + m.group(2)).footnotes());
            footnotes.addAll(raised);
            return new PublishedCount(count(Double.parseDouble(m.group(1).replace(",", "")), place).value(),
                    Optional.empty(), footnotes);
        }
        TableCells cell;
        try {
            cell = TableCells.read(text, "a count of offences");
        } catch (TableCells.Refused e) {
            throw place.error(e.getMessage().replace("'" + text + "'", "text '" + printed + "'"));
        }
        List<String> footnotes = new ArrayList<>(raised);
        List<String> remarks = new ArrayList<>();
        for (String said : cell.footnotes()) {
            if (said.startsWith(TableCells.SOURCE_NOTE)) {
                footnotes.add(said.substring(TableCells.SOURCE_NOTE.length()));
            } else {
                remarks.add(said);
            }
        }
        if (cell.marker().isPresent()) {
            return new PublishedCount(OptionalDouble.empty(), Optional.of(cell.marker().get().printed()), footnotes, remarks);
        }
        return new PublishedCount(count(cell.value().getAsDouble(), place).value(), Optional.empty(), footnotes, remarks);
    }

    private static PublishedCount count(double value, CellPlace place) throws IngestException {
        if (!Double.isFinite(value) || value < 0 || value != Math.rint(value) || value > TableCells.LARGEST_EXACT) {
            throw place.error("expected a whole number of offences (0 or more), found " + value);
        }
        return new PublishedCount(OptionalDouble.of(value), Optional.empty(), List.of());
    }

    private static PublishedCount notAvailable(String marker) {
        return new PublishedCount(OptionalDouble.empty(), Optional.of(marker), List.of());
    }

    private static String expected() {
        return "expected a count of offences or a not-available marker (" + SourceMarker.accepted() + ")";
    }
}
