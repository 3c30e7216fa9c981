package uk.org.ncpm.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.web.govuk.Breadcrumbs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@code /data/api}: the API reference for people, rendered from the OpenAPI document itself
 * ({@link OpenApiDocument}), so the page and the machine-readable description cannot disagree.
 */
public record ApiReference(boolean sample, Breadcrumbs breadcrumbs, String openApiPath, List<Operation> operations) {

    static final String PATH = "/data/api";

    /** More values than this are summarised ("one of 43 values, such as …") rather than listed. */
    private static final int VALUES_LISTED = 8;

    /** One address: what it gives and what it takes. */
    public record Operation(String anchor, String path, String summary, String description, List<Parameter> parameters,
                            List<String> formats) {
    }

    /** A parameter in words: where it goes, whether it is needed, what it means and which values it takes. */
    public record Parameter(String name, String where, boolean required, String description, String values) {
    }

    public static ApiReference of(Catalogue catalogue, boolean sample) {
        JsonNode document;
        try {
            document = new ObjectMapper().readTree(OpenApiDocument.json(catalogue));
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenAPI document could not be read back", e);
        }
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode get = path.getValue().get("get");
            List<Parameter> parameters = new ArrayList<>();
            get.path("parameters").forEach(given -> {
                JsonNode p = resolved(document, given);
                parameters.add(new Parameter(p.get("name").asText(),
                        p.get("in").asText().equals("path") ? "in the address" : "in the query",
                        p.path("required").asBoolean(false), p.path("description").asText(""), values(p.path("schema"))));
            });
            List<String> formats = new ArrayList<>();
            get.path("responses").path("200").path("content").fieldNames().forEachRemaining(formats::add);
            operations.add(new Operation(get.get("operationId").asText(), path.getKey(), get.path("summary").asText(""),
                    get.path("description").asText("").replace("`", ""), parameters, formats));
        }
        return new ApiReference(sample, Breadcrumbs.of(List.of(new Breadcrumbs.Item("England and Wales", "/"),
                new Breadcrumbs.Item("Data and API", "/data")), "API reference"), OpenApiDocument.PATH, operations);
    }

    /** A parameter given as {@code {"$ref": "#/components/parameters/…"}} is the one it points to. */
    private static JsonNode resolved(JsonNode document, JsonNode node) {
        return node.has("$ref") ? document.at(node.get("$ref").asText().substring(1)) : node;
    }

    /** The document's patterns in words; any other is shown as the regular expression it is. */
    private static String pattern(String regex) {
        return switch (regex) {
            case "^[0-9]{4}-(03|06|09|12)$" -> "YYYY-MM, the last month of a quarter (03, 06, 09 or 12), e.g. 2019-06";
            case "^[0-9]{4}-[0-9]{2}$" -> "YYYY-MM, e.g. 2019-06";
            default -> "matching the regular expression " + regex;
        };
    }

    private static String values(JsonNode schema) {
        JsonNode values = schema.path("enum");
        if (!values.isArray() || values.isEmpty()) {
            return schema.has("pattern") ? pattern(schema.get("pattern").asText()) : "";
        }
        List<String> shown = new ArrayList<>();
        values.forEach(v -> shown.add(v.asText()));
        if (shown.size() <= VALUES_LISTED) {
            return "one of " + String.join(", ", shown);
        }
        return "one of " + shown.size() + " values, such as " + String.join(", ", shown.subList(0, 3));
    }
}
