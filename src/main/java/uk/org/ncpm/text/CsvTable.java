package uk.org.ncpm.text;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows with named columns as RFC 4180 CSV text: the one writer of every CSV answer, the API's and
 * the CLI's. A header row, CRLF line ends, cells as {@link NumberText#plainText} writes them
 * (numbers without exponent, null empty), each through {@link CsvCell#neutralised}; FastCSV quotes a
 * cell only where RFC 4180 needs it (a comma, a quote mark, CR or LF).
 *
 * <p>FastCSV would also quote a first cell that starts with its comment character ('#' by default),
 * which RFC 4180 does not ask for; the comment character is set to NUL, which no answer starts a
 * row with, so the bytes are those of the plain rule.
 */
public final class CsvTable {

    private static final char NO_COMMENTS = '\0';

    private CsvTable() {
    }

    public static String of(List<String> columns, List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        write(columns, rows, out);
        return out.toString();
    }

    /** Writes the table to {@code out} and flushes it; {@code out} stays open (it may be the console). */
    public static void write(List<String> columns, List<? extends List<?>> rows, Writer out) {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).commentCharacter(NO_COMMENTS).build(out);
        csv.writeRecord(cells(columns));
        rows.forEach(row -> csv.writeRecord(cells(row)));
        try {
            csv.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> cells(List<?> values) {
        List<String> cells = new ArrayList<>(values.size());
        for (Object value : values) {
            cells.add(CsvCell.neutralised(NumberText.plainText(value)));
        }
        return cells;
    }
}
