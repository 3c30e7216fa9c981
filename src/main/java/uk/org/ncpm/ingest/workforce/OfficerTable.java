package uk.org.ncpm.ingest.workforce;

import com.github.miachm.sods.Sheet;
import uk.org.ncpm.ingest.IngestException;
import uk.org.ncpm.ingest.PeriodWindow;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The grid of Table 1 before any area is resolved: the "as at" dates of its columns and every
 * labelled row under them, up to the table's "Total" row.
 */
record OfficerTable(String file, String sheet, List<LocalDate> dates, List<OfficerRow> rows) {

    static final String UNIT = "Full-time equivalents";
    static final String AS_AT = "As at:";
    static final String GRAND_TOTAL = "Total";
    private static final int HEADER_ROWS = 10;

    OfficerTable {
        dates = List.copyOf(dates);
        rows = List.copyOf(rows);
    }

    static OfficerTable read(String file, Sheet sheet) throws IngestException {
        String name = sheet.getName();
        Object[][] grid = sheet.getMaxRows() == 0 || sheet.getMaxColumns() == 0 ? new Object[0][]
                : sheet.getDataRange().getValues();
        // FTE and headcount tables share a layout: the unit decides which one this is
        if (find(grid, UNIT) == null) {
            throw new IngestException(file + ", sheet '" + name + "'", null, null, "expected the unit '" + UNIT
                    + "' in the first " + HEADER_ROWS + " rows: Table 1 is read in full-time equivalents only");
        }
        int[] asAt = find(grid, AS_AT);
        if (asAt == null) {
            throw new IngestException(file + ", sheet '" + name + "'", null, null, "expected a heading '" + AS_AT
                    + "' over the date columns in the first " + HEADER_ROWS + " rows");
        }
        // the dates sit under the heading, after blank or merged rows (a merged cell repeats "As at:")
        int dateRow = asAt[0] + 1;
        while (dateRow < Math.min(HEADER_ROWS, grid.length - 1) && date(cell(grid, dateRow, asAt[1])) == null
                && (blank(cell(grid, dateRow, asAt[1])) || text(cell(grid, dateRow, asAt[1])).strip().equals(AS_AT))) {
            dateRow++;
        }
        List<LocalDate> dates = new ArrayList<>();
        for (int c = asAt[1]; c < width(grid, dateRow) && date(cell(grid, dateRow, c)) != null; c++) {
            dates.add(date(cell(grid, dateRow, c)));
        }
        PeriodWindow window = PeriodWindow.untilNow();
        for (int d = 0; d < dates.size(); d++) {
            if (!window.contains(dates.get(d))) {
                throw new SheetCell(file, name, dateRow, asAt[1] + d).error(window.expected(dates.get(d)));
            }
        }
        if (dates.isEmpty()) {
            SheetCell at = new SheetCell(file, name, Math.min(dateRow, grid.length - 1), asAt[1]);
            throw at.error("expected the date of the first '" + AS_AT + "' column, found "
                    + describe(cell(grid, dateRow, asAt[1])));
        }
        List<OfficerRow> rows = new ArrayList<>();
        boolean totalSeen = false;
        for (int r = dateRow + 1; r < grid.length && !totalSeen; r++) {
            String label = text(cell(grid, r, 0));
            if (label.isEmpty()) {
                continue;
            }
            List<Double> values = new ArrayList<>();
            List<SheetCell> cells = new ArrayList<>();
            for (int d = 0; d < dates.size(); d++) {
                SheetCell at = new SheetCell(file, name, r, asAt[1] + d);
                Object value = cell(grid, r, asAt[1] + d);
                if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue())) {
                    throw at.error("expected a number of full-time equivalent police officers for '" + label.strip()
                            + "' as at " + dates.get(d) + ", found " + describe(value));
                }
                values.add(number.doubleValue());
                cells.add(at);
            }
            rows.add(new OfficerRow(label, r + 1, values, cells));
            totalSeen = label.strip().equals(GRAND_TOTAL);
        }
        if (!totalSeen) {
            throw new IngestException(file + ", sheet '" + name + "'", null, null, "expected a row '" + GRAND_TOTAL
                    + "' closing the table; the sheet ended first");
        }
        return new OfficerTable(file, name, dates, rows);
    }

    /** Row and column of the first cell among the header rows holding the text, or null. */
    private static int[] find(Object[][] grid, String text) {
        for (int r = 0; r < Math.min(HEADER_ROWS, grid.length); r++) {
            for (int c = 0; c < grid[r].length; c++) {
                if (text(grid[r][c]).strip().equalsIgnoreCase(text)) {
                    return new int[] {r, c};
                }
            }
        }
        return null;
    }

    private static Object cell(Object[][] grid, int row, int column) {
        return row < grid.length && column < grid[row].length ? grid[row][column] : null;
    }

    private static int width(Object[][] grid, int row) {
        return row < grid.length ? grid[row].length : 0;
    }

    private static boolean blank(Object value) {
        return text(value).isBlank();
    }

    /** The label as printed, non-breaking spaces made plain; trailing spaces kept for nothing but messages. */
    private static String text(Object value) {
        return value instanceof String s ? s.replace('\u00A0', ' ') : "";
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        if (value instanceof Date d) {
            return d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        return null;
    }

    private static String describe(Object value) {
        if (value == null || value.toString().isBlank()) {
            return "nothing";
        }
        return value instanceof Number ? value.toString() : "'" + value + "'";
    }
}
