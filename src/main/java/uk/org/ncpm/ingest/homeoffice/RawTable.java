package uk.org.ncpm.ingest.homeoffice;

import java.util.List;

/**
 * One table as read from a file, before any rule is applied: the header row and the rows under it
 * (blank rows left out). Cells are CSV text or spreadsheet values (see {@link Cells}).
 */
record RawTable(RowPosition headerPosition, List<String> header, List<Row> rows) {

    RawTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    record Row(RowPosition position, List<Object> cells) {

        /** The cell at a column index, or {@code null} when the row is shorter. */
        Object cell(int index) {
            return index < cells.size() ? cells.get(index) : null;
        }
    }
}
