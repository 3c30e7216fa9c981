package uk.org.ncpm.web;

import uk.org.ncpm.ingest.SourceFormat;
import io.javalin.http.NotFoundResponse;
import uk.org.ncpm.catalogue.Area;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.FigureSource;
import uk.org.ncpm.catalogue.Measure;
import uk.org.ncpm.catalogue.Metric;
import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.measures.StoredFunnelPlots;
import uk.org.ncpm.web.charts.Svg;
import uk.org.ncpm.web.govuk.Breadcrumbs;
import uk.org.ncpm.web.govuk.SummaryList;
import uk.org.ncpm.web.govuk.Table;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A measure's page: for each of its metrics, what it is, its caveats and downloads, and for each
 * source the England and Wales series (every rolling year, from before the baseline) as a chart and
 * a table, and, for force-level metrics, the forces of the latest year as a funnel plot and in
 * alphabetical order (diagnostic: never ranked, never sorted by value).
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

    /**
     * One source's figures of a metric: the national series (chart, table and the address of its
     * download, without extension) and, where the source has them, the forces: their funnel plot, or
     * why there is none, and their table.
     */
    public record SourceSection(String label, boolean proxy, Optional<Table> national, Optional<Svg> nationalChart,
                                String nationalName, String series, Optional<Table> forces, Optional<ForcesFunnel> funnel,
                                String noFunnel) {

        public String seriesCsv() {
            return series + ".csv";
        }

        public String seriesJson() {
            return series + ".json";
        }
    }

    /** The page of the measure with this id; unknown ids are a 404 that names the measures. */
    public static MeasurePage of(Catalogue catalogue, String id, Snapshot snapshot) {
        Measure measure = catalogue.measures().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundResponse("There is no measure called '" + id + "'. The measures are: "
                        + catalogue.measures().stream().map(Measure::id).collect(Collectors.joining(", ")) + "."));
        List<MetricSection> metrics = new ArrayList<>();
        StoredFunnelPlots plots = StoredFunnelPlots.of(snapshot.figures());
        for (Metric metric : catalogue.metrics()) {
            if (metric.measureId().equals(measure.id())) {
                metrics.add(section(catalogue, metric, snapshot.figures(Optional.of(metric.id()), Optional.empty(), Optional.empty()),
                        plots));
            }
        }
        return new MeasurePage(snapshot.sample(), measure, measure.direction().sentence(),
                Breadcrumbs.home(measure.name()), metrics);
    }

    private static MetricSection section(Catalogue catalogue, Metric metric, List<Figure> figures, StoredFunnelPlots plots) {
        List<SourceSection> sources = new ArrayList<>();
        for (FigureSource source : catalogue.figureSources()) {
            if (!source.metricId().equals(metric.id())) {
                continue;
            }
            List<Figure> own = figures.stream().filter(f -> f.source().equals(source.source())).toList();
            if (own.isEmpty()) {
                continue;
            }
            Optional<String> nationalCode = NATIONAL.stream().filter(code -> own.stream().anyMatch(f -> f.areaCode().equals(code)))
                    .findFirst();
            String nationalName = nationalCode.flatMap(catalogue::areaName).orElse("England and Wales");
            List<Figure> nationalSeries = nationalCode.map(code -> own.stream().filter(f -> f.areaCode().equals(code)).toList())
                    .orElse(List.of());
            Optional<Table> national = nationalCode.map(code -> MeasureTables.national(metric, source, nationalName, nationalSeries));
            Optional<Svg> chart = nationalCode.map(code -> RollingYearChart.of("chart-" + metric.id() + "-" + source.source(),
                    metric.name() + ", " + nationalName + ", by rolling year (" + source.label() + ")", nationalName,
                    nationalSeries, false));
            List<Figure> forces = own.stream().filter(f -> catalogue.forces().byCode(f.areaCode()).isPresent()).toList();
            Optional<Table> forceTable = Optional.empty();
            Optional<ForcesFunnel> funnel = Optional.empty();
            String noFunnel = "";
            if (!forces.isEmpty()) {
                forceTable = Optional.of(MeasureTables.forces(catalogue, metric, source, forces));
                YearMonth latest = MeasureTables.latest(forces);
                List<Figure> ofYear = forces.stream().filter(f -> f.periodEnd().equals(latest)).toList();
                ForcesFunnel.Result result = ForcesFunnel.of(catalogue, metric, source.label(), ofYear,
                        own.stream().filter(f -> f.areaCode().equals(Area.ENGLAND_AND_WALES) && f.periodEnd().equals(latest))
                                .findFirst(), plots);
                funnel = result.funnel();
                noFunnel = result.whyNone();
            }
            sources.add(new SourceSection(source.label(), SourceFormat.POLICE_UK_STREET.is(source.source()), national, chart, nationalName,
                    SeriesApi.PATH + metric.id() + "/" + nationalCode.orElse(Area.ENGLAND_AND_WALES), forceTable, funnel, noFunnel));
        }
        return new MetricSection(metric.id(), metric.name(), metric.localProxy(), MetricDescription.summary(catalogue, metric),
                MetricDescription.caveats(catalogue, metric), sources);
    }
}
