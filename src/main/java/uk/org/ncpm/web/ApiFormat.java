package uk.org.ncpm.web;

import io.javalin.http.Context;
import uk.org.ncpm.text.CsvTable;
import uk.org.ncpm.text.SampleMark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How every API answer chooses between JSON and CSV (issue 5, "API"): JSON by default; CSV when the
 * address ends {@code .csv} or, unless it ends {@code .json}, when the client's {@code Accept} header
 * prefers {@code text/csv} to JSON (by its q-values, RFC 9110 12.5.1; a tie is JSON). CSV is RFC 4180
 * with CRLF line ends and cells neutralised ({@link CsvTable}).
 */
final class ApiFormat {

    private ApiFormat() {
    }

    static boolean wantsCsv(Context ctx) {
        return ctx.path().endsWith(".csv") || !ctx.path().endsWith(".json") && prefersCsv(ctx.header("Accept"));
    }

    /**
     * Whether the {@code Accept} header chooses the format at this address (an API address without
     * {@code .csv} or {@code .json}): its answers then say {@code Vary: Accept}, and are kept per format.
     */
    static boolean negotiates(String path) {
        return path.startsWith("/api/") && !path.endsWith(".csv") && !path.endsWith(".json");
    }

    /** Whether an Accept header gives text/csv a higher quality than application/json. */
    static boolean prefersCsv(String accept) {
        if (accept == null) {
            return false;
        }
        double csv = 0;
        double json = 0;
        int csvPrecision = -1;
        int jsonPrecision = -1;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].strip().toLowerCase(java.util.Locale.ROOT);
            double q = quality(parts);
            // the most specific range that matches a type sets its quality
            int csvMatch = precision(type, "text", "csv");
            if (csvMatch > csvPrecision) {
                csvPrecision = csvMatch;
                csv = q;
            }
            int jsonMatch = precision(type, "application", "json");
            if (jsonMatch > jsonPrecision) {
                jsonPrecision = jsonMatch;
                json = q;
            }
        }
        return csv > json;
    }

    /** 2 for the exact type, 1 for type/*, 0 for *&#47;*, -1 when the range does not match. */
    private static int precision(String range, String type, String subtype) {
        if (range.equals(type + "/" + subtype)) {
            return 2;
        }
        if (range.equals(type + "/*")) {
            return 1;
        }
        return range.equals("*/*") ? 0 : -1;
    }

    private static double quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String p = parameters[i].strip();
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
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

    /** Figures as CSV; from a store of sample data the file is named {@code SAMPLE-…} and marked ({@link SampleMark}). */
    static void csv(Context ctx, String fileName, List<String> columns, List<? extends List<?>> rows, boolean sample) {
        if (!sample) {
            csv(ctx, fileName, columns, rows);
            return;
        }
        csv(ctx, "SAMPLE-" + fileName, SampleMark.columns(columns), SampleMark.rows(rows));
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
