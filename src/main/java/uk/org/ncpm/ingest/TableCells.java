package uk.org.ncpm.ingest;

import java.util.OptionalDouble;
import java.util.Set;

/** Parsing of the number cells of published tables, shared by the table readers. */
public final class TableCells {

    /** Markers official tables use for "not available": never zero. */
    public static final Set<String> NOT_AVAILABLE = Set.of("..", ":", "-", "");

    private TableCells() {
    }

    public static boolean isNotAvailable(String cell) {
        return NOT_AVAILABLE.contains(cell.strip());
    }

    /**
     * A number as tables print it: padding spaces and thousands separators allowed.
     *
     * @return empty if the text is not a number
     */
    public static OptionalDouble number(String cell) {
        String text = cell.strip().replace(",", "");
        if (text.isEmpty() || !text.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(text));
    }
}
