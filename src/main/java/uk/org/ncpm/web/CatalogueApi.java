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
import java.util.List;
import java.util.Locale;
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
        CatalogueJson.MeasureJson json = measure(catalogue, id);
        if (ApiFormat.wantsCsv(ctx)) {
            ApiFormat.csv(ctx, "ncpm-measure-" + json.id() + ".csv", MEASURE_COLUMNS, catalogue.measures().stream()
                    .filter(m -> m.id().equals(json.id())).flatMap(m -> measureRows(catalogue, m).stream()).toList());
        } else {
            ctx.json(json);
        }
    }

    static void forces(Context ctx, Catalogue catalogue) {
        if (ApiFormat.wantsCsv(ctx)) {
            ApiFormat.csv(ctx, "ncpm-forces.csv", FORCE_COLUMNS, catalogue.forces().territorial().stream()
                    .sorted(Comparator.comparing(Force::name)).map(f -> CatalogueJson.ForceJson.of(f).row()).toList());
        } else {
            ctx.json(forces(catalogue));
        }
    }

    static void force(Context ctx, Catalogue catalogue) {
        CatalogueJson.ForceJson json = force(catalogue, ApiFormat.id(ctx.pathParam("code")));
        if (ApiFormat.wantsCsv(ctx)) {
            ApiFormat.csv(ctx, "ncpm-force-" + json.code() + ".csv", FORCE_COLUMNS, List.of(json.row()));
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
            List<String> head = List.of(measure.id(), measure.name(), metric.id(), metric.name(), metric.unit().word(),
                    metric.ratePer().isPresent() ? String.valueOf(metric.ratePer().getAsInt()) : "", metric.direction().word(),
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

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static CatalogueJson.Measures measures(Catalogue catalogue) {
        return CatalogueJson.Measures.of(catalogue);
    }

    static CatalogueJson.MeasureJson measure(Catalogue catalogue, String id) {
        return catalogue.measures().stream().filter(m -> m.id().equals(id)).findFirst()
                .map(m -> CatalogueJson.MeasureJson.of(catalogue, m))
                .orElseThrow(() -> new NotFoundResponse("unknown measure '" + id + "'; the measures are "
                        + catalogue.measures().stream().map(Measure::id).collect(Collectors.joining(", "))));
    }

    static CatalogueJson.Forces forces(Catalogue catalogue) {
        return CatalogueJson.Forces.of(catalogue);
    }

    static CatalogueJson.ForceJson force(Catalogue catalogue, String code) {
        return catalogue.forces().find(code).map(CatalogueJson.ForceJson::of)
                .orElseThrow(() -> new NotFoundResponse("unknown force '" + code
                        + "'; expected an ONS police force area code such as E23000003, or a slug such as lancashire"));
    }
}
