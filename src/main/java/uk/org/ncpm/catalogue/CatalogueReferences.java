package uk.org.ncpm.catalogue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The references between catalogue files, checked when the catalogue loads: a metric names a measure,
 * a series or a police.uk crime type names a metric, a figure source names a metric (or a series, for
 * context series such as robbery) and the series it sums. A reference to nothing fails with the file
 * and line of the row that holds it.
 */
final class CatalogueReferences {

    private final Set<String> measureIds;
    private final Set<String> metricIds;
    private final Set<String> seriesIds;
    private final List<CatalogueFiles.Row<Metric>> metrics;
    private final List<CatalogueFiles.Row<Series>> series;

    CatalogueReferences(List<CatalogueFiles.Row<Measure>> measures, List<CatalogueFiles.Row<Metric>> metrics,
                        List<CatalogueFiles.Row<Series>> series) {
        this.measureIds = ids(measures, Measure::id);
        this.metricIds = ids(metrics, Metric::id);
        this.seriesIds = ids(series, Series::id);
        this.metrics = metrics;
        this.series = series;
    }

    void check(List<CatalogueFiles.Row<FigureSource>> figureSources,
               List<CatalogueFiles.Row<PoliceUkCrimeType>> types) {
        for (var row : metrics) {
            Metric metric = row.value();
            if (!measureIds.contains(metric.measureId())) {
                throw row.error("metric " + metric.id() + " names unknown measure " + metric.measureId());
            }
        }
        for (var row : series) {
            Series s = row.value();
            s.metricId().filter(id -> !metricIds.contains(id)).ifPresent(id -> {
                throw row.error("series " + s.id() + " names unknown metric " + id);
            });
        }
        for (var row : figureSources) {
            FigureSource source = row.value();
            if (!isObservable(source.metricId())) {
                throw row.error("figure source names unknown metric " + source.metricId());
            }
            source.series().stream().filter(id -> !isObservable(id)).findFirst().ifPresent(id -> {
                throw row.error("figure source of " + source.metricId() + " names unknown series " + id);
            });
        }
        for (var row : types) {
            PoliceUkCrimeType type = row.value();
            type.metricId().filter(id -> !metricIds.contains(id)).ifPresent(id -> {
                throw row.error("police.uk crime type " + type.name() + " names unknown metric " + id);
            });
        }
    }

    /** A catalogue metric or series: what observations and figure sources may name. */
    private boolean isObservable(String id) {
        return metricIds.contains(id) || seriesIds.contains(id);
    }

    private static <T> Set<String> ids(List<CatalogueFiles.Row<T>> rows, java.util.function.Function<T, String> id) {
        return rows.stream().map(row -> id.apply(row.value())).collect(Collectors.toSet());
    }
}
