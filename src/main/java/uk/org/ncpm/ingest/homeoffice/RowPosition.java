package uk.org.ncpm.ingest.homeoffice;

import uk.org.ncpm.ingest.IngestException;

import java.util.Optional;

/**
 * Where a row sits in its file: a CSV line, or a row of a named sheet of a spreadsheet (both
 * counted from 1, as an editor shows them).
 */
record RowPosition(String file, Optional<String> sheet, long row) {

    static RowPosition line(String file, long line) {
        return new RowPosition(file, Optional.empty(), line);
    }

    static RowPosition sheetRow(String file, String sheet, long row) {
        return new RowPosition(file, Optional.of(sheet), row);
    }

    /** For {@code Observation.location}: {@code line 7} or {@code sheet '2017-18', row 7}. */
    String location() {
        return sheet.map(s -> "sheet '" + s + "', row " + row).orElse("line " + row);
    }

    /**
     * A broken rule at this row. For a spreadsheet the sheet and row are written after the file name
     * ({@code file x.ods, sheet '2017-18', row 7, column …}), as {@link IngestException} has no sheet.
     */
    IngestException error(String column, String problem) {
        return sheet.isEmpty() ? new IngestException(file, row, column, problem)
                : new IngestException(file + ", " + location(), null, column, problem);
    }
}
