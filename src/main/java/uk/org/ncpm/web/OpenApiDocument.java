package uk.org.ncpm.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Metric;
import uk.org.ncpm.text.FigureColumns;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API described in OpenAPI 3.0, served at {@value #PATH}: every {@code /api} route (a test
 * checks the routes and the document agree), its parameters, the figure columns, and errors as
 * {@code {status, message}}. Built from the catalogue, so the metric ids it lists are the ones the
 * API accepts; {@code ncpm publish} writes one file per listed metric.
 */
final class OpenApiDocument {

    static final String PATH = "/api/openapi.json";

    private static final String PERIOD_PATTERN = "^[0-9]{4}-(03|06|09|12)$";

    private OpenApiDocument() {
    }

    static byte[] json(Catalogue catalogue) {
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(of(catalogue));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("the OpenAPI document could not be written", e);
        }
    }

    static Map<String, Object> of(Catalogue catalogue) {
        List<String> metrics = catalogue.metrics().stream().map(Metric::id).toList();
        Map<String, Object> doc = map();
        doc.put("openapi", "3.0.3");
        doc.put("info", map("title", "NCPM Monitor API", "version", "1",
                "description", "The figures of the National Crime and Policing Measures that the NCPM Monitor site shows: "
                        + "one row per metric, area, rolling year and source, with the 95% interval, the change since the "
                        + "baseline (year ending June 2019) and its test. A number that is not available is \"..\", never zero. "
                        + "The static copy of the site (`ncpm publish`) holds every path below that has no query parameter: "
                        + "/api/v1/figures.json, /api/v1/figures.csv and one file per metric, e.g. /api/v1/figures/homicide.csv."));
        doc.put("servers", List.of(map("url", "/")));

        Map<String, Object> paths = map();
        paths.put("/api/v1/figures", map("get", operation("listFigures", "Figures, filtered",
                "JSON by default; CSV with `Accept: text/csv`.", queryFilters(true), figuresResponse(true, true))));
        paths.put("/api/v1/figures.json", map("get", operation("listFiguresJson", "Figures, filtered, as JSON",
                "As /api/v1/figures, always JSON.", queryFilters(true), figuresResponse(true, false))));
        paths.put("/api/v1/figures.csv", map("get", operation("listFiguresCsv", "Figures, filtered, as CSV",
                "As /api/v1/figures, always CSV (a file to save).", queryFilters(true), figuresResponse(false, true))));
        paths.put("/api/v1/figures/{metric}.json", map("get", operation("listMetricFiguresJson", "One metric's figures as JSON",
                "As /api/v1/figures?metric={metric}; a path a static copy of the site holds as a file.",
                pathMetricFilters(), figuresResponse(true, false))));
        paths.put("/api/v1/figures/{metric}.csv", map("get", operation("listMetricFiguresCsv", "One metric's figures as CSV",
                "As /api/v1/figures.csv?metric={metric}; a path a static copy of the site holds as a file.",
                pathMetricFilters(), figuresResponse(false, true))));
        paths.put("/api/v1/periods/{period}/figures.json", map("get", operation("listPeriodFiguresJson",
                "One rolling year's figures as JSON", "As /api/v1/figures?period={period}: every metric, area and source "
                        + "for the year ending that month; a path a static copy of the site holds as a file.",
                pathPeriodFilters(), figuresResponse(true, false))));
        paths.put("/api/v1/periods/{period}/figures.csv", map("get", operation("listPeriodFiguresCsv",
                "One rolling year's figures as CSV", "As /api/v1/figures.csv?period={period}; a path a static copy of the "
                        + "site holds as a file.", pathPeriodFilters(), figuresResponse(false, true))));
        paths.put(SeriesApi.PATH + "{metric}/{area}", map("get", operation("getSeries", "A metric's series for one area",
                "Every rolling year of the metric for the area, oldest first (within a year, by source id), in the columns of "
                        + "the figures. JSON by default; CSV with `Accept: text/csv`.", seriesParameters(), seriesResponse(true, true))));
        paths.put(SeriesApi.PATH + "{metric}/{area}.json", map("get", operation("getSeriesJson", "A metric's series for one area, as JSON",
                "As " + SeriesApi.PATH + "{metric}/{area}, always JSON; a path a static copy of the site holds as a file "
                        + "for the series its pages link to.", seriesParameters(), seriesResponse(true, false))));
        paths.put(SeriesApi.PATH + "{metric}/{area}.csv", map("get", operation("getSeriesCsv", "A metric's series for one area, as CSV",
                "As " + SeriesApi.PATH + "{metric}/{area}, always CSV (a file to save); a path a static copy of the site holds "
                        + "as a file for the series its pages link to.", seriesParameters(), seriesResponse(false, true))));
        List<String> measures = catalogue.measures().stream().map(m -> m.id()).toList();
        List<String> forces = catalogue.forces().territorial().stream().map(f -> f.code()).toList();
        paths.put("/api/v1/measures", map("get", operation("listMeasures", "The six measures",
                "Each measure with its metrics and the sources of each metric's figures; the catalogue version. JSON by "
                        + "default; CSV (one row per metric source) with `Accept: text/csv`.",
                List.of(), catalogueResponse("The measures.", true, true))));
        paths.put("/api/v1/measures.json", map("get", operation("listMeasuresJson", "The six measures as JSON",
                "As /api/v1/measures, always JSON.", List.of(), catalogueResponse("The measures.", true, false))));
        paths.put("/api/v1/measures.csv", map("get", operation("listMeasuresCsv", "The six measures as CSV",
                "As /api/v1/measures, always CSV, columns " + String.join(",", CatalogueApi.MEASURE_COLUMNS) + ".",
                List.of(), catalogueResponse("The measures.", false, true))));
        paths.put("/api/v1/measures/{id}", map("get", operation("getMeasure", "One measure",
                "A measure with its metrics and their sources; the id may end .json or .csv to choose the format.",
                List.of(pathParameter("id", "A measure id.", measures)), catalogueResponse("The measure.", true, true))));
        paths.put("/api/v1/forces", map("get", operation("listForces", "The 43 territorial forces",
                "Code, name, data.police.uk name, region and page of every territorial force, in alphabetical order. "
                        + "JSON by default; CSV with `Accept: text/csv`.",
                List.of(), catalogueResponse("The forces.", true, true))));
        paths.put("/api/v1/forces.json", map("get", operation("listForcesJson", "The forces as JSON",
                "As /api/v1/forces, always JSON.", List.of(), catalogueResponse("The forces.", true, false))));
        paths.put("/api/v1/forces.csv", map("get", operation("listForcesCsv", "The forces as CSV",
                "As /api/v1/forces, always CSV, columns " + String.join(",", CatalogueApi.FORCE_COLUMNS) + ".",
                List.of(), catalogueResponse("The forces.", false, true))));
        paths.put("/api/v1/forces/{code}", map("get", operation("getForce", "One force",
                "A force by its ONS police force area code (its data.police.uk name is accepted too); the code may end "
                        + ".json or .csv to choose the format.",
                List.of(pathParameter("code", "An ONS police force area code.", forces)), catalogueResponse("The force.", true, true))));
        paths.putAll(DiagnosticsApiDocument.paths(forces));
        paths.put(PATH, map("get", operation("openApi", "This document", "The API described in OpenAPI 3.0.", List.of(),
                map("200", map("description", "The OpenAPI document.", "content",
                        map("application/json", map("schema", map("type", "object"))))))));
        doc.put("paths", paths);

        Map<String, Object> components = map();
        components.put("parameters", map(
                "metricQuery", map("name", "metric", "in", "query", "required", false,
                        "description", "A metric id of the catalogue; absent or empty: every metric.",
                        "schema", map("type", "string", "enum", metrics)),
                "metricPath", map("name", "metric", "in", "path", "required", true,
                        "description", "A metric id of the catalogue.", "schema", map("type", "string", "enum", metrics)),
                "periodPath", map("name", "period", "in", "path", "required", true,
                        "description", "The last month of a rolling year, a quarter end (March, June, September or December).",
                        "schema", map("type", "string", "pattern", PERIOD_PATTERN), "example", "2021-06"),
                "area", map("name", "area", "in", "query", "required", false,
                        "description", "An area code (a force such as E23000003, a region E12…, E92000001 England, "
                                + "W92000004 Wales, K04000001 England and Wales) or a force's data.police.uk name (e.g. gwent); "
                                + "absent or empty: every area.",
                        "schema", map("type", "string"), "example", "K04000001"),
                "period", map("name", "period", "in", "query", "required", false,
                        "description", "The last month of a rolling year, a quarter end (March, June, September or December); "
                                + "absent or empty: every rolling year.",
                        "schema", map("type", "string", "pattern", PERIOD_PATTERN), "example", "2021-06"),
                "areaPath", map("name", "area", "in", "path", "required", true,
                        "description", "An area code (a force such as E23000003, a region E12…, E92000001 England, W92000004 Wales, "
                                + "K04000001 England and Wales) or a force's data.police.uk name (e.g. gwent).",
                        "schema", map("type", "string"), "example", "K04000001"),
                "from", map("name", "from", "in", "query", "required", false,
                        "description", "The first rolling year to give, by its last month (a quarter end); absent: the first there is.",
                        "schema", map("type", "string", "pattern", PERIOD_PATTERN), "example", "2019-06"),
                "to", map("name", "to", "in", "query", "required", false,
                        "description", "The last rolling year to give, by its last month (a quarter end), not before from; "
                                + "absent: the latest there is.",
                        "schema", map("type", "string", "pattern", PERIOD_PATTERN), "example", "2021-06")));
        Map<String, Object> schemas = map("Figures", figuresSchema(), "Series", seriesSchema(), "Figure", figureSchema(), "Error", map(
                "type", "object", "required", List.of("status", "message"),
                "properties", map("status", map("type", "integer", "description", "The HTTP status, repeated."),
                        "message", map("type", "string", "description", "What was wrong, in words for people."))));
        schemas.putAll(DiagnosticsApiDocument.schemas());
        components.put("schemas", schemas);
        components.put("responses", map(
                "BadRequest", error("A malformed parameter, e.g. a period that is not YYYY-MM or not a quarter end, "
                                + "or a series whose from is after its to.",
                        400, "period must be YYYY-MM, e.g. 2019-06; found 'June'"),
                "NotFound", error("An unknown metric or area.", 404, "unknown metric 'nope'; the metrics are listed at /api/v1/measures"),
                "ServerError", error("A failure on the server's side; it has been logged.",
                        500, "Something went wrong on our side; the error has been logged.")));
        doc.put("components", components);
        return doc;
    }

    private static Map<String, Object> operation(String id, String summary, String description, List<Object> parameters,
                                                 Map<String, Object> responses) {
        Map<String, Object> op = map("operationId", id, "summary", summary, "description", description);
        if (!parameters.isEmpty()) {
            op.put("parameters", parameters);
        }
        op.put("responses", responses);
        return op;
    }

    private static Map<String, Object> pathParameter(String name, String description, List<String> values) {
        return map("name", name, "in", "path", "required", true, "description", description,
                "schema", map("type", "string", "enum", values));
    }

    /** A catalogue answer: JSON on success, the error shape for an unknown id. */
    private static Map<String, Object> catalogueResponse(String description, boolean json, boolean csv) {
        Map<String, Object> content = map();
        if (json) {
            content.put("application/json", map("schema", map("type", "object")));
        }
        if (csv) {
            content.put("text/csv", map("schema", map("type", "string", "description", "RFC 4180 CSV with a header row.")));
        }
        return map("200", map("description", description, "content", content),
                "404", map("$ref", "#/components/responses/NotFound"));
    }

    private static List<Object> queryFilters(boolean metric) {
        List<Object> parameters = new ArrayList<>();
        if (metric) {
            parameters.add(ref("#/components/parameters/metricQuery"));
        }
        parameters.add(ref("#/components/parameters/area"));
        parameters.add(ref("#/components/parameters/period"));
        return parameters;
    }

    private static List<Object> pathMetricFilters() {
        List<Object> parameters = new ArrayList<>();
        parameters.add(ref("#/components/parameters/metricPath"));
        parameters.addAll(queryFilters(false));
        return parameters;
    }

    private static List<Object> pathPeriodFilters() {
        return List.of(ref("#/components/parameters/metricQuery"), ref("#/components/parameters/area"),
                ref("#/components/parameters/periodPath"));
    }

    private static Map<String, Object> figuresResponse(boolean json, boolean csv) {
        Map<String, Object> content = map();
        if (json) {
            content.put("application/json", map("schema", ref("#/components/schemas/Figures")));
        }
        if (csv) {
            content.put("text/csv", map("schema", map("type", "string",
                    "description", "RFC 4180 CSV, CRLF line ends, a header row of the columns "
                            + String.join(",", FigureColumns.NAMES) + "; cells a spreadsheet would run as formulas are neutralised."),
                    "example", String.join(",", FigureColumns.NAMES) + "\r\n"));
        }
        return map("200", map("description", "The figures that match, possibly none.", "content", content),
                "400", ref("#/components/responses/BadRequest"),
                "404", ref("#/components/responses/NotFound"),
                "500", ref("#/components/responses/ServerError"));
    }

    private static List<Object> seriesParameters() {
        return List.of(ref("#/components/parameters/metricPath"), ref("#/components/parameters/areaPath"),
                ref("#/components/parameters/from"), ref("#/components/parameters/to"));
    }

    private static Map<String, Object> seriesResponse(boolean json, boolean csv) {
        Map<String, Object> response = figuresResponse(json, csv);
        if (json) {
            @SuppressWarnings("unchecked")
            Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) response.get("200")).get("content");
            content.put("application/json", map("schema", ref("#/components/schemas/Series")));
        }
        return response;
    }

    private static Map<String, Object> seriesSchema() {
        return map("type", "object", "required", List.of("sample", "metric", "area_code", "area_name", "figures"), "properties", map(
                "sample", map("type", "boolean", "description", "True when the figures come from synthetic sample data, not real records."),
                "metric", text("The metric id."),
                "area_code", text("The area's ONS code (a force's data.police.uk name given in the path is answered with its code)."),
                "area_name", text("The area's name."),
                "figures", map("type", "array", "description", "Every rolling year, oldest first.",
                        "items", ref("#/components/schemas/Figure"))));
    }

    private static Map<String, Object> figuresSchema() {
        return map("type", "object", "required", List.of("sample", "figures"), "properties", map(
                "sample", map("type", "boolean", "description", "True when the figures come from synthetic sample data, not real records."),
                "figures", map("type", "array", "items", ref("#/components/schemas/Figure"))));
    }

    private static Map<String, Object> figureSchema() {
        Map<String, Object> properties = map();
        properties.put("metric", text("A metric id of the catalogue."));
        properties.put("area_code", text("The area's ONS code."));
        properties.put("period_end", map("type", "string", "pattern", "^[0-9]{4}-[0-9]{2}$",
                "description", "The last month of the rolling year (12 months)."));
        properties.put("value", number("The figure; \"..\" when not available."));
        properties.put("lower", number("Lower end of the 95% interval; null when there is none."));
        properties.put("upper", number("Upper end of the 95% interval; null when there is none."));
        properties.put("rate", number("The rate per population, rounded to 3 places; null when there is none."));
        properties.put("baseline", number("The figure for the year ending June 2019."));
        properties.put("change", number("The change since the baseline."));
        properties.put("change_pct", number("The change since the baseline in per cent, to 1 place."));
        properties.put("p_value", map("nullable", true, "description", "The p-value of the test of change, to 4 significant figures.",
                "oneOf", List.of(map("type", "number"), map("type", "string", "enum", List.of(FigureColumns.NOT_AVAILABLE, "<0.0001")))));
        properties.put("verdict", text("The test's verdict in words, e.g. \"no significant change\"; \"..\" when not available."));
        properties.put("status", map("type", "string", "enum", List.of("available", "not available")));
        properties.put("source", text("The id of the metric's source, e.g. police-uk-street."));
        properties.put("area_name", text("The area's name, e.g. Gwent Police or England and Wales."));
        properties.put("reason", text("Why the figure is not available, or a note on it; empty when none."));
        properties.put("source_label", text("The source in words."));
        properties.put("source_files", text("The stored source files the figure comes from."));
        List<String> required = new ArrayList<>(FigureColumns.NAMES);
        return map("type", "object", "required", required, "properties", properties);
    }

    private static Map<String, Object> number(String description) {
        return map("nullable", true, "description", description,
                "oneOf", List.of(map("type", "number"), map("type", "string", "enum", List.of(FigureColumns.NOT_AVAILABLE))));
    }

    private static Map<String, Object> text(String description) {
        return map("type", "string", "description", description);
    }

    private static Map<String, Object> error(String description, int status, String message) {
        return map("description", description, "content", map("application/json", map("schema", ref("#/components/schemas/Error"),
                "example", map("status", status, "message", message))));
    }

    private static Map<String, Object> ref(String target) {
        return map("$ref", target);
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
