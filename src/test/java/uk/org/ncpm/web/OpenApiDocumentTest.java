package uk.org.ncpm.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import org.junit.jupiter.api.Test;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Metric;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiDocumentTest {

    private static final Catalogue CATALOGUE = Catalogue.bundled();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final JsonNode doc = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(OpenApiDocument.json(CATALOGUE));
        } catch (java.io.IOException e) {
            throw new AssertionError("the OpenAPI document is not JSON", e);
        }
    }

    @Test
    void is_an_openapi_3_0_document_with_the_figures_and_catalogue_paths() {
        assertThat(doc.path("openapi").asText()).startsWith("3.0.");
        assertThat(doc.path("info").path("title").asText()).isNotBlank();
        assertThat(doc.path("info").path("version").asText()).isNotBlank();
        assertThat(names(doc.path("paths"))).contains("/api/v1/figures", "/api/v1/figures.json",
                "/api/v1/figures.csv", "/api/v1/figures/{metric}.json", "/api/v1/figures/{metric}.csv", "/api/openapi.json",
                "/api/v1/periods/{period}/figures.json", "/api/v1/periods/{period}/figures.csv",
                "/api/v1/measures", "/api/v1/measures/{id}", "/api/v1/forces", "/api/v1/forces/{code}",
                "/api/v1/series/{metric}/{area}", "/api/v1/series/{metric}/{area}.json", "/api/v1/series/{metric}/{area}.csv",
                "/api/v1/forces/{code}/diagnostics", "/api/v1/forces/{code}/diagnostics.json",
                "/api/v1/forces/{code}/diagnostics.csv", "/api/v1/coverage", "/api/v1/coverage.json", "/api/v1/coverage.csv",
                "/api/v1/coverage/{area}.json", "/api/v1/coverage/{area}.csv");
    }

    @Test
    void the_diagnostics_and_coverage_paths_list_every_territorial_force_so_a_static_copy_holds_one_file_each() {
        List<String> forces = CATALOGUE.forces().territorial().stream().map(f -> f.code()).toList();
        JsonNode code = parameters(doc.at("/paths/~1api~1v1~1forces~1{code}~1diagnostics.csv/get")).get(0);
        JsonNode area = parameters(doc.at("/paths/~1api~1v1~1coverage~1{area}.json/get")).get(0);

        assertThat(values(code.path("schema").path("enum"))).isEqualTo(forces);
        assertThat(values(area.path("schema").path("enum"))).isEqualTo(forces);
        assertThat(doc.at("/paths/~1api~1v1~1forces~1{code}~1diagnostics.csv/get/responses/200/content/text~1csv/example").asText())
                .startsWith("area_code,area_name,period_end,metric,source,status,value,rate,rate_per,comparator_group,");
        assertThat(names(doc.at("/paths/~1api~1v1~1coverage/get/responses/200/content")))
                .containsExactly("application/json", "text/csv");
    }

    @Test
    void documents_exactly_the_api_routes_the_app_has() {
        Javalin app = WebApp.create(CATALOGUE, new Snapshot(List.of(), false));
        Set<String> routes = new TreeSet<>();
        app.unsafe.internalRouter.allHttpHandlers().stream().map(e -> e.endpoint)
                .filter(e -> e.method == HandlerType.GET && e.path.startsWith("/api/")).forEach(e -> routes.add(e.path));

        assertThat(routes).as("GET /api routes; add new ones to OpenApiDocument").isEqualTo(new TreeSet<>(names(doc.path("paths"))));
    }

    @Test
    void the_figures_filters_are_query_parameters_and_the_metric_lists_the_catalogue() {
        List<String> metrics = CATALOGUE.metrics().stream().map(Metric::id).toList();
        JsonNode figures = doc.at("/paths/~1api~1v1~1figures/get");
        List<JsonNode> parameters = parameters(figures);

        assertThat(parameters).extracting(p -> p.path("name").asText() + " in " + p.path("in").asText())
                .containsExactly("metric in query", "area in query", "period in query");
        assertThat(values(parameters.get(0).path("schema").path("enum"))).isEqualTo(metrics);
        assertThat(parameters.get(2).path("schema").path("pattern").asText()).isEqualTo("^[0-9]{4}-(03|06|09|12)$");
        assertThat(names(figures.path("responses").path("200").path("content"))).containsExactly("application/json", "text/csv");
        assertThat(names(doc.at("/paths/~1api~1v1~1figures.csv/get/responses/200/content"))).containsExactly("text/csv");

        JsonNode metricCsv = doc.at("/paths/~1api~1v1~1figures~1{metric}.csv/get");
        JsonNode metric = parameters(metricCsv).get(0);
        assertThat(metric.path("in").asText()).isEqualTo("path");
        assertThat(metric.path("required").asBoolean()).isTrue();
        assertThat(values(metric.path("schema").path("enum"))).isEqualTo(metrics);
    }

    @Test
    void every_operation_answers_200_and_errors_are_status_and_message() {
        JsonNode error = doc.at("/components/schemas/Error");
        assertThat(values(error.path("required"))).containsExactly("status", "message");
        assertThat(error.at("/properties/status/type").asText()).isEqualTo("integer");

        doc.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            assertThat(METHODS).contains(op.getKey());
            JsonNode responses = op.getValue().path("responses");
            assertThat(responses.has("200")).as(path.getKey()).isTrue();
            responses.properties().stream().filter(r -> r.getKey().startsWith("4") || r.getKey().startsWith("5")).forEach(r ->
                    assertThat(deref(r.getValue()).at("/content/application~1json/schema/$ref").asText())
                            .isEqualTo("#/components/schemas/Error"));
            Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path.getKey());
            while (m.find()) {
                String name = m.group(1);
                assertThat(parameters(op.getValue())).as(path.getKey())
                        .anySatisfy(p -> assertThat(p.path("name").asText() + p.path("in").asText() + p.path("required").asBoolean())
                                .isEqualTo(name + "path" + true));
            }
        }));
    }

    @Test
    void every_reference_resolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);

        assertThat(refs).isNotEmpty().allSatisfy(ref -> {
            assertThat(ref).startsWith("#/");
            assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        });
    }

    private List<JsonNode> parameters(JsonNode operation) {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(p -> parameters.add(deref(p)));
        return parameters;
    }

    private JsonNode deref(JsonNode node) {
        return node.has("$ref") ? doc.at(node.path("$ref").asText().substring(1)) : node;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.has("$ref")) {
            refs.add(node.path("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, refs));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
