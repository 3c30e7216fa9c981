package uk.org.ncpm.web;

import uk.org.ncpm.text.CoverageColumns;
import uk.org.ncpm.text.DiagnosticsColumns;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI paths and schemas of {@link DiagnosticsApi}, part of {@link OpenApiDocument}: a force's
 * diagnostics and the coverage of data.police.uk months, each with path-style {@code .json} and
 * {@code .csv} variants that {@code ncpm publish} writes once per force.
 */
final class DiagnosticsApiDocument {

    private DiagnosticsApiDocument() {
    }

    static Map<String, Object> paths(List<String> forces) {
        Map<String, Object> code = map("name", "code", "in", "path", "required", true,
                "description", "An ONS police force area code (its data.police.uk name is accepted too).",
                "schema", map("type", "string", "enum", forces));
        Map<String, Object> areaPath = map("name", "area", "in", "path", "required", true,
                "description", "An ONS police force area code (its data.police.uk name is accepted too).",
                "schema", map("type", "string", "enum", forces));
        Map<String, Object> areaQuery = map("name", "area", "in", "query", "required", false,
                "description", "A territorial force: ONS code or data.police.uk name; absent or empty: every force. "
                        + "Another area (e.g. K04000001) is a bad request: coverage is per force.",
                "schema", map("type", "string"), "example", "W15000002");
        String diagnostics = "The force's diagnostics for its latest rolling year, as `ncpm diagnostics --area`: for each "
                + "metric source with force figures, its rate beside its comparator group (the forces of its region while no "
                + "HMICFRS most-similar-group file is loaded) and England and Wales, its place on the funnel plot, and for "
                + "monthly data.police.uk series the SPC chart and its special-cause signals. Diagnostic: never a rank. "
                + "A force without figures has no sources.";
        String coverage = "Per territorial force and month of data.police.uk street records: records, and whether the month is "
                + "complete, partial or missing, with the reason, as `ncpm coverage`.";
        Map<String, Object> paths = new LinkedHashMap<>();
        paths.put("/api/v1/forces/{code}/diagnostics", get("getForceDiagnostics", "A force's diagnostics",
                diagnostics + " JSON by default; CSV with `Accept: text/csv`.", List.of(code), response("Diagnostics", true, true,
                        DiagnosticsColumns.NAMES)));
        paths.put("/api/v1/forces/{code}/diagnostics.json", get("getForceDiagnosticsJson", "A force's diagnostics as JSON",
                diagnostics, List.of(code), response("Diagnostics", true, false, DiagnosticsColumns.NAMES)));
        paths.put("/api/v1/forces/{code}/diagnostics.csv", get("getForceDiagnosticsCsv", "A force's diagnostics as CSV",
                diagnostics + " One row per metric source.", List.of(code), response("Diagnostics", false, true, DiagnosticsColumns.NAMES)));
        paths.put("/api/v1/coverage", get("listCoverage", "Coverage of data.police.uk months",
                coverage + " JSON by default; CSV with `Accept: text/csv`.", List.of(areaQuery), response("Coverage", true, true,
                        CoverageColumns.NAMES)));
        paths.put("/api/v1/coverage.json", get("listCoverageJson", "Coverage as JSON", coverage, List.of(areaQuery),
                response("Coverage", true, false, CoverageColumns.NAMES)));
        paths.put("/api/v1/coverage.csv", get("listCoverageCsv", "Coverage as CSV", coverage, List.of(areaQuery),
                response("Coverage", false, true, CoverageColumns.NAMES)));
        paths.put("/api/v1/coverage/{area}.json", get("getForceCoverageJson", "A force's coverage as JSON",
                coverage + " A path a static copy of the site holds as a file.", List.of(areaPath),
                response("Coverage", true, false, CoverageColumns.NAMES)));
        paths.put("/api/v1/coverage/{area}.csv", get("getForceCoverageCsv", "A force's coverage as CSV",
                coverage + " A path a static copy of the site holds as a file.", List.of(areaPath),
                response("Coverage", false, true, CoverageColumns.NAMES)));
        return paths;
    }

    static Map<String, Object> schemas() {
        Map<String, Object> sample = map("type", "boolean", "description", "True for synthetic sample data.");
        Map<String, Object> diagnostics = map("type", "object",
                "required", List.of("sample", "area_code", "area_name", "period_end", "purpose", "sources"),
                "properties", map("sample", sample, "area_code", map("type", "string"), "area_name", map("type", "string"),
                        "period_end", map("type", "string", "nullable", true,
                                "description", "The last month of the rolling year; null when the force has no figures."),
                        "period", map("type", "string", "nullable", true), "purpose", map("type", "string"),
                        "comparator_group", map("type", "object", "nullable", true,
                                "description", "name, basis, method (how the average is taken), members, notes"),
                        "sources", map("type", "array", "items", map("type", "object", "description",
                                "metric, source, source_label, summary, figure, comparator, funnel, spc (monthly sources; else null)"))));
        Map<String, Object> row = map("type", "object", "required", CoverageColumns.NAMES, "properties", map(
                "source", map("type", "string"), "force_code", map("type", "string"),
                "month", map("type", "string", "pattern", "^[0-9]{4}-[0-9]{2}$"), "records", map("type", "integer"),
                "status", map("type", "string", "enum", List.of("complete", "partial", "missing")), "reason", map("type", "string")));
        Map<String, Object> coverage = map("type", "object", "required", List.of("sample", "coverage"),
                "properties", map("sample", sample, "coverage", map("type", "array", "items", row)));
        return map("Diagnostics", diagnostics, "Coverage", coverage);
    }

    private static Map<String, Object> get(String id, String summary, String description, List<Object> parameters,
                                           Map<String, Object> responses) {
        return map("get", map("operationId", id, "summary", summary, "description", description, "parameters", parameters,
                "responses", responses));
    }

    private static Map<String, Object> response(String schema, boolean json, boolean csv, List<String> columns) {
        Map<String, Object> content = new LinkedHashMap<>();
        if (json) {
            content.put("application/json", map("schema", map("$ref", "#/components/schemas/" + schema)));
        }
        if (csv) {
            content.put("text/csv", map("schema", map("type", "string", "description", "RFC 4180 CSV, CRLF line ends, a header "
                            + "row of the columns " + String.join(",", columns) + "; cells a spreadsheet would run as formulas are neutralised."),
                    "example", String.join(",", columns) + "\r\n"));
        }
        return map("200", map("description", "The answer, possibly with no rows.", "content", content),
                "400", map("$ref", "#/components/responses/BadRequest"),
                "404", map("$ref", "#/components/responses/NotFound"),
                "500", map("$ref", "#/components/responses/ServerError"));
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
