package uk.org.ncpm.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.FigureSource;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.catalogue.Measure;
import uk.org.ncpm.catalogue.Metric;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The catalogue's JSON answers as records that Jackson writes: a record's components are its keys,
 * in declaration order, so the order below is the order of the answer's keys (and must stay so:
 * kept answers and the static copy are compared byte for byte).
 */
final class CatalogueJson {

    private CatalogueJson() {
    }

    /** {@code /api/v1/measures}. */
    record Measures(@JsonProperty("catalogue_version") String catalogueVersion, List<MeasureJson> measures) {

        static Measures of(Catalogue catalogue) {
            return new Measures(catalogue.version(), catalogue.measures().stream()
                    .map(m -> MeasureJson.of(catalogue, m)).toList());
        }
    }

    /** A measure with its metrics: {@code /api/v1/measures/{id}}. */
    record MeasureJson(String id, String name, String direction, String page, List<MetricJson> metrics) {

        static MeasureJson of(Catalogue catalogue, Measure measure) {
            return new MeasureJson(measure.id(), measure.name(), measure.direction().word(), "/measures/" + measure.id(),
                    catalogue.metrics().stream().filter(m -> m.measureId().equals(measure.id()))
                            .map(m -> MetricJson.of(catalogue, m)).toList());
        }
    }

    record MetricJson(String id, String name, String source, List<String> geographies, String unit,
                      @JsonProperty("rate_per") Integer ratePer, String direction,
                      @JsonProperty("local_proxy") boolean localProxy, List<SourceJson> sources, String figures) {

        static MetricJson of(Catalogue catalogue, Metric metric) {
            return new MetricJson(metric.id(), metric.name(), metric.source(), metric.geographies(), metric.unit().word(),
                    metric.ratePer().isPresent() ? metric.ratePer().getAsInt() : null, metric.direction().word(),
                    metric.localProxy(), catalogue.figureSources().stream()
                            .filter(s -> s.metricId().equals(metric.id())).map(SourceJson::of).toList(),
                    "/api/v1/figures/" + metric.id() + ".json");
        }
    }

    record SourceJson(String source, String label, String basis, List<String> series) {

        static SourceJson of(FigureSource source) {
            return new SourceJson(source.source(), source.label(), source.basis().name().toLowerCase(Locale.ROOT),
                    source.series());
        }
    }

    /** {@code /api/v1/forces}: the territorial forces, alphabetical. */
    record Forces(@JsonProperty("catalogue_version") String catalogueVersion, List<ForceJson> forces) {

        static Forces of(Catalogue catalogue) {
            return new Forces(catalogue.version(), catalogue.forces().territorial().stream()
                    .sorted(Comparator.comparing(Force::name)).map(ForceJson::of).toList());
        }
    }

    /** A force: {@code /api/v1/forces/{code}}; its CSV row is {@link #row()}. */
    record ForceJson(String code, String name, String slug, @JsonProperty("region_code") String regionCode,
                     String region, String page) {

        static ForceJson of(Force force) {
            return new ForceJson(force.code(), force.name(), force.slug(), force.regionCode(), force.region(),
                    "/forces/" + force.slug());
        }

        List<String> row() {
            return List.of(code, name, slug, regionCode, region, page);
        }
    }
}
