package uk.org.ncpm.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import uk.org.ncpm.text.CsvTable;
import uk.org.ncpm.text.NumberText;
import uk.org.ncpm.text.SampleMark;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of rows with named columns, printed as an aligned table, CSV ({@link CsvTable}: RFC 4180, with
 * spreadsheet formulas neutralised) or JSON (an array of objects, numbers as numbers).
 */
record Listing(List<String> columns, List<List<Object>> rows) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    /** The same rows with only the named columns, in that order. */
    Listing select(List<String> names) {
        int[] index = names.stream().mapToInt(name -> {
            int i = columns.indexOf(name);
            if (i < 0) {
                throw new IllegalArgumentException("no column " + name + " in " + columns);
            }
            return i;
        }).toArray();
        List<List<Object>> selected = new ArrayList<>();
        for (List<Object> row : rows) {
            List<Object> cells = new ArrayList<>();
            for (int i : index) {
                cells.add(row.get(i));
            }
            selected.add(cells);
        }
        return new Listing(names, selected);
    }

    void print(OutputFormat format, PrintWriter out) {
        switch (format) {
            case csv -> printCsv(out);
            case json -> printJson(out);
            default -> printTable(out);
        }
        out.flush();
    }

    private void printTable(PrintWriter out) {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = columns.get(i).length();
        }
        for (List<Object> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], text(row.get(i)).length());
            }
        }
        out.println(line(new ArrayList<>(columns), widths));
        for (List<Object> row : rows) {
            out.println(line(row, widths));
        }
    }

    private static String line(List<?> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = text(cells.get(i));
            boolean numeric = cells.get(i) instanceof Number;
            String padded = numeric ? " ".repeat(widths[i] - cell.length()) + cell
                    : cell + " ".repeat(widths[i] - cell.length());
            line.append(i == 0 ? "" : "  ").append(padded);
        }
        return line.toString().stripTrailing();
    }

    private void printCsv(PrintWriter out) {
        CsvTable.write(columns, rows, out);
    }

    private void printJson(PrintWriter out) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (List<Object> row : rows) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                Object v = row.get(i);
                object.put(columns.get(i), v == null || v instanceof Number || v instanceof Boolean ? v : v.toString());
            }
            objects.add(object);
        }
        try {
            out.println(JSON.writeValueAsString(objects));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("listing could not be written as JSON", e);
        }
    }

    private static String text(Object value) {
        return NumberText.plainText(value);
    }

    /** The listing with the sample mark as its last column (CSV of a store of sample data). */
    Listing markedAsSample() {
        return new Listing(SampleMark.columns(columns), SampleMark.rows(rows));
    }
}
