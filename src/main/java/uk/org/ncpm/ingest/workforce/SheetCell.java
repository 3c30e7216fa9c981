package uk.org.ncpm.ingest.workforce;

import org.apache.poi.ss.util.CellReference;
import uk.org.ncpm.ingest.IngestException;

/**
 * One cell of the workforce table, as messages and observations name it: file, sheet, row and
 * column as a spreadsheet shows them.
 *
 * @param row    0-based row index
 * @param column 0-based column index
 */
record SheetCell(String file, String sheet, int row, int column) {

    /** E.g. {@code sheet 'Table_1', row 8, column B}. */
    String location() {
        return "sheet '" + sheet + "', row " + (row + 1) + ", column " + CellReference.convertNumToColString(column);
    }

    IngestException error(String problem) {
        // IngestException has no sheet: sheet and row follow the file name, as the Home Office reader writes them
        return new IngestException(file + ", sheet '" + sheet + "', row " + (row + 1), null,
                CellReference.convertNumToColString(column), problem);
    }
}
