package uk.org.ncpm.web;

import io.javalin.http.Context;
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
 * The catalogue: {@code /api/v1/measures} (measures with their metrics and sources) and
 * {@code /api/v1/forces} (the 43 territorial forces, alphabetical), one of each by id or code;
 * unknown ones are a 404 with a JSON message (WebApp's error mapper). JSON, or CSV as
 * {@link ApiFormat} chooses: one row per metric source ({@link #MEASURE_COLUMNS}) or per force
 * ({@link #FORCE_COLUMNS}).
 */
final class CatalogueApi {

    static final List<String> MEASURE_COLUMNS = List.of("measure_id", "measure_name", "metric_id", "metric_name", "unit",
            "rate_per", "direction", "local_proxy", "source", "source_label", "basis", "series");
    static final List<String> FORCE_COLUMNS = List.of("code", "name", "slug", "region_code", "region", "page");

    private CatalogueApi() {
    }

    static void measures(Context ctx, Catalogue catalogue) {
        if (ApiFormat.wantsCsv(ctx)) {
            ApiFormat.csv(ctx, "ncpm-measures.csv", MEASURE_COLUMNS, catalogue.measures().stream()
                    .flatMap(m -> measureRows(catalogue, m).stream()).toList());
        } else {
            ctx.json(measures(catalogue));
        }
    }

    static void measure(Context ctx, Catalogue catalogue) {
        String id = ApiFormat.id(ctx.pathParam("id"));
        Map<String, Object> json = measure(catalogue, id);
        if (ApiFormat.wantsCsv(ctx)) {
            ApiFormat.csv(ctx, "ncpm-measure-" + json.get("id") + ".csv", MEASURE_COLUMNS, catalogue.measures().stream()
                    .filter(m -> m.id().equals(json.get("id"))).flatMap(m -> measureRows(catalogue, m).stream()).toList());
        } else {
            ctx.json(json);
        }
    }

    static void forces(Context ctx, Catalogue catalogue) {
        if (ApiFormat.wantsCsv(ctx)) {
            ApiFormat.csv(ctx, "ncpm-forces.csv", FORCE_COLUMNS, catalogue.forces().territorial().stream()
                    .sorted(Comparator.comparing(Force::name)).map(CatalogueApi::forceRow).toList());
        } else {
            ctx.json(forces(catalogue));
        }
    }

    static void force(Context ctx, Catalogue catalogue) {
        Map<String, Object> json = force(catalogue, ApiFormat.id(ctx.pathParam("code")));
        if (ApiFormat.wantsCsv(ctx)) {
            ApiFormat.csv(ctx, "ncpm-force-" + json.get("code") + ".csv", FORCE_COLUMNS,
                    List.of(FORCE_COLUMNS.stream().map(c -> String.valueOf(json.get(c))).toList()));
        } else {
            ctx.json(json);
        }
    }

    private static List<List<String>> measureRows(Catalogue catalogue, Measure measure) {
        List<List<String>> rows = new ArrayList<>();
        for (Metric metric : catalogue.metrics()) {
            if (!metric.measureId().equals(measure.id())) {
                continue;
            }
            List<String> head = List.of(measure.id(), measure.name(), metric.id(), metric.name(), metric.unit(),
                    metric.ratePer().isPresent() ? String.valueOf(metric.ratePer().getAsInt()) : "", metric.direction(),
                    String.valueOf(metric.localProxy()));
            List<FigureSource> sources = catalogue.figureSources().stream().filter(s -> s.metricId().equals(metric.id())).toList();
            if (sources.isEmpty()) {
                rows.add(concat(head, List.of("", "", "", "")));
            }
            for (FigureSource source : sources) {
                rows.add(concat(head, List.of(source.source(), source.label(), source.basis().name().toLowerCase(Locale.ROOT),
                        String.join(" ", source.series()))));
            }
        }
        return rows;
    }

    private static List<String> forceRow(Force force) {
        return List.of(force.code(), force.name(), force.slug(), force.regionCode(), force.region(), "/forces/" + force.slug());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
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
        return catalogue.forces().find(code)
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
