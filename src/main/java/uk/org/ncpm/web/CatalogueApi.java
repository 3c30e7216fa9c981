package uk.org.ncpm.web;

import io.javalin.http.NotFoundResponse;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.FigureSource;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.catalogue.Measure;
import uk.org.ncpm.catalogue.Metric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The catalogue as JSON: {@code /api/v1/measures} (measures with their metrics and sources) and
 * {@code /api/v1/forces} (the 43 territorial forces, alphabetical), one of each by id or code;
 * unknown ones are a 404 with a JSON message (WebApp's error mapper).
 */
final class CatalogueApi {

    private CatalogueApi() {
    }

    static Map<String, Object> measures(Catalogue catalogue) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("catalogue_version", catalogue.version());
        body.put("measures", catalogue.measures().stream().map(m -> measure(catalogue, m)).toList());
        return body;
    }

    static Map<String, Object> measure(Catalogue catalogue, String id) {
        return catalogue.measures().stream().filter(m -> m.id().equals(id)).findFirst().map(m -> measure(catalogue, m))
                .orElseThrow(() -> new NotFoundResponse("unknown measure '" + id + "'; the measures are "
                        + catalogue.measures().stream().map(Measure::id).collect(Collectors.joining(", "))));
    }

    static Map<String, Object> forces(Catalogue catalogue) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("catalogue_version", catalogue.version());
        body.put("forces", catalogue.forces().territorial().stream().sorted(Comparator.comparing(Force::name))
                .map(CatalogueApi::force).toList());
        return body;
    }

    static Map<String, Object> force(Catalogue catalogue, String code) {
        return catalogue.forces().byCode(code.strip().toUpperCase(Locale.ROOT)).or(() -> catalogue.forces().find(code))
                .map(CatalogueApi::force)
                .orElseThrow(() -> new NotFoundResponse("unknown force '" + code
                        + "'; expected an ONS police force area code such as E23000003, or a slug such as lancashire"));
    }

    private static Map<String, Object> measure(Catalogue catalogue, Measure measure) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", measure.id());
        m.put("name", measure.name());
        m.put("direction", measure.direction());
        m.put("page", "/measures/" + measure.id());
        List<Map<String, Object>> metrics = new ArrayList<>();
        for (Metric metric : catalogue.metrics()) {
            if (metric.measureId().equals(measure.id())) {
                metrics.add(metric(catalogue, metric));
            }
        }
        m.put("metrics", metrics);
        return m;
    }

    private static Map<String, Object> metric(Catalogue catalogue, Metric metric) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", metric.id());
        m.put("name", metric.name());
        m.put("source", metric.source());
        m.put("geographies", metric.geographies());
        m.put("unit", metric.unit());
        m.put("rate_per", metric.ratePer().isPresent() ? metric.ratePer().getAsInt() : null);
        m.put("direction", metric.direction());
        m.put("local_proxy", metric.localProxy());
        m.put("sources", catalogue.figureSources().stream().filter(s -> s.metricId().equals(metric.id()))
                .map(CatalogueApi::source).toList());
        m.put("figures", "/api/v1/figures/" + metric.id() + ".json");
        return m;
    }

    private static Map<String, Object> source(FigureSource source) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("source", source.source());
        s.put("label", source.label());
        s.put("basis", source.basis().name().toLowerCase(Locale.ROOT));
        s.put("series", source.series());
        return s;
    }

    private static Map<String, Object> force(Force force) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("code", force.code());
        f.put("name", force.name());
        f.put("slug", force.slug());
        f.put("region_code", force.regionCode());
        f.put("region", force.region());
        f.put("page", "/forces/" + force.slug());
        return f;
    }
}
