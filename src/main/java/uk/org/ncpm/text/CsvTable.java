package uk.org.ncpm.text;

import java.util.List;

/** Rows with named columns as RFC 4180 CSV text: a header row, CRLF line ends, every cell through {@link CsvCell}. */
public final class CsvTable {

    private CsvTable() {
    }

    /** Cells as {@link NumberText#plainText} writes them (numbers without exponent, null empty). */
    public static String of(List<String> columns, List<? extends List<?>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, columns);
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            out.append(i == 0 ? "" : ",").append(CsvCell.of(NumberText.plainText(cells.get(i))));
        }
        out.append("\r\n");
    }
}
