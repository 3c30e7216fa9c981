package uk.org.ncpm.ingest.workforce;

import java.util.List;

/**
 * One row of Table 1 as read: its label as printed and the officer FTE at each "as at" date, in the
 * order of the table's date columns.
 *
 * @param cells where each value came from, in the same order as {@code values}
 */
record OfficerRow(String label, int row, List<Double> values, List<SheetCell> cells) {

    OfficerRow {
        values = List.copyOf(values);
        cells = List.copyOf(cells);
    }
}
