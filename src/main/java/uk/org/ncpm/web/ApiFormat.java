package uk.org.ncpm.web;

import io.javalin.http.Context;
import uk.org.ncpm.text.CsvCell;
import uk.org.ncpm.text.CsvTable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** A CSV file to save ({@link CsvTable}): {@code fileName} is built from catalogue ids only, so it is safe in a header. */
    static void csv(Context ctx, String fileName, List<String> columns, List<? extends List<?>> rows) {
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        ctx.result(CsvTable.of(columns, rows));
    }

    /** The same rows as JSON objects, keyed by column name, in column order. */
    static List<Map<String, Object>> objects(List<String> columns, List<? extends List<?>> rows) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (List<?> row : rows) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                object.put(columns.get(i), row.get(i));
            }
            objects.add(object);
        }
        return objects;
    }
}
