package uk.org.ncpm.web;

import io.javalin.http.NotFoundResponse;
import uk.org.ncpm.catalogue.Area;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.FigureSource;
import uk.org.ncpm.catalogue.Measure;
import uk.org.ncpm.catalogue.Metric;
import uk.org.ncpm.measures.StoredFigure;
import uk.org.ncpm.web.govuk.Breadcrumbs;
import uk.org.ncpm.web.govuk.SummaryList;
import uk.org.ncpm.web.govuk.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A measure's page: for each of its metrics, what it is, its caveats and downloads, and for each
 * source the England and Wales series since the baseline and, for force-level metrics, the forces
 * in alphabetical order for the latest year (diagnostic: never ranked, never sorted by value).
 */
public record MeasurePage(boolean sample, Measure measure, String direction, Breadcrumbs breadcrumbs,
                          List<MetricSection> metrics) {

    /** National areas in the order a source's national series is looked for. */
    private static final List<String> NATIONAL = List.of(Area.ENGLAND_AND_WALES, Area.ENGLAND, "K02000001");

    public MeasurePage {
        metrics = List.copyOf(metrics);
    }

    /** One metric of the measure. */
    public record MetricSection(String id, String name, boolean localProxy, SummaryList definition, List<String> caveats,
                                List<SourceSection> sources) {
        public MetricSection {
            caveats = List.copyOf(caveats);
            sources = List.copyOf(sources);
        }

        public String anchor() {
            return "metric-" + id;
        }

        public String csv() {
            return "/api/v1/figures/" + id + ".csv";
        }

        public String json() {
            return "/api/v1/figures/" + id + ".json";
        }
    }

    /** One source's figures of a metric: the national series and, where the source has them, the forces. */
    public record SourceSection(String label, boolean proxy, Optional<Table> national, Optional<Table> forces) {
    }

    /** The page of the measure with this id; unknown ids are a 404 that names the measures. */
    public static MeasurePage of(Catalogue catalogue, String id, Snapshot snapshot) {
        Measure measure = catalogue.measures().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundResponse("There is no measure called '" + id + "'. The measures are: "
                        + catalogue.measures().stream().map(Measure::id).collect(Collectors.joining(", ")) + "."));
        List<MetricSection> metrics = new ArrayList<>();
        for (Metric metric : catalogue.metrics()) {
            if (metric.measureId().equals(measure.id())) {
                metrics.add(section(catalogue, metric, snapshot.figures(Optional.of(metric.id()), Optional.empty(), Optional.empty())));
            }
        }
        return new MeasurePage(snapshot.sample(), measure, MetricDescription.directionSentence(measure.direction()),
                Breadcrumbs.home(measure.name()), metrics);
    }

    private static MetricSection section(Catalogue catalogue, Metric metric, List<StoredFigure> figures) {
        List<SourceSection> sources = new ArrayList<>();
        for (FigureSource source : catalogue.figureSources()) {
            if (!source.metricId().equals(metric.id())) {
                continue;
            }
            List<StoredFigure> own = figures.stream().filter(f -> f.source().equals(source.source())).toList();
            if (own.isEmpty()) {
                continue;
            }
            Optional<Table> national = NATIONAL.stream().filter(code -> own.stream().anyMatch(f -> f.areaCode().equals(code)))
                    .findFirst().map(code -> MeasureTables.national(metric, source,
                            catalogue.areaName(code).orElse(code), own.stream().filter(f -> f.areaCode().equals(code)).toList()));
            List<StoredFigure> forces = own.stream().filter(f -> catalogue.forces().byCode(f.areaCode()).isPresent()).toList();
            Optional<Table> forceTable = forces.isEmpty() ? Optional.empty()
                    : Optional.of(MeasureTables.forces(catalogue, metric, source, forces));
            sources.add(new SourceSection(source.label(), source.source().equals("police-uk-street"), national, forceTable));
        }
        return new MetricSection(metric.id(), metric.name(), metric.localProxy(), MetricDescription.summary(catalogue, metric),
                MetricDescription.caveats(catalogue, metric), sources);
    }
}
