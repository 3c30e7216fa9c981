package uk.org.ncpm.web;

import io.javalin.http.Context;
import uk.org.ncpm.text.CsvCell;

import java.util.List;

/**
 * How every API answer chooses between JSON and CSV (issue 5, "API"): JSON by default; CSV when the
 * address ends {@code .csv} or, unless it ends {@code .json}, when the client sends
 * {@code Accept: text/csv}. CSV is RFC 4180 with CRLF line ends and cells neutralised by {@link CsvCell}.
 */
final class ApiFormat {

    private ApiFormat() {
    }

    static boolean wantsCsv(Context ctx) {
        return ctx.path().endsWith(".csv")
                || !ctx.path().endsWith(".json") && String.valueOf(ctx.header("Accept")).startsWith("text/csv");
    }

    /** The id in a path segment that may carry the format as a suffix: {@code homicide.csv} is {@code homicide}. */
    static String id(String segment) {
        return segment.endsWith(".csv") || segment.endsWith(".json") ? segment.substring(0, segment.lastIndexOf('.')) : segment;
    }

    /** A CSV file to save: {@code fileName} is built from catalogue ids only, so it is safe in a header. */
    static void csv(Context ctx, String fileName, List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, header);
        rows.forEach(row -> line(out, row));
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        ctx.result(out.toString());
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            out.append(i == 0 ? "" : ",").append(CsvCell.of(cells.get(i)));
        }
        out.append("\r\n");
    }
}
