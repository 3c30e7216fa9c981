package uk.org.ncpm.ingest.ons;

import org.apache.poi.ss.util.CellReference;
import uk.org.ncpm.ingest.IngestException;

/**
 * One cell of a workbook, as messages and observations name it. The exception's "line" is the
 * sheet's row number (1-based, as a spreadsheet shows it) and its "column" the table's column label.
 *
 * @param row    0-based row index
 * @param column 0-based column index
 * @param field  the column's label in the table, e.g. {@code Homicide} or {@code Area Name}
 */
record CellPlace(String file, String sheet, int row, int column, String field) {

    /** E.g. {@code sheet 'Table P1', row 14, column F}. */
    String location() {
        return "sheet '" + sheet + "', row " + (row + 1) + ", column " + CellReference.convertNumToColString(column);
    }

    IngestException error(String problem) {
        return new IngestException(file, (long) row + 1, field, "sheet '" + sheet + "', cell "
                + CellReference.convertNumToColString(column) + (row + 1) + ": " + problem);
    }
}
