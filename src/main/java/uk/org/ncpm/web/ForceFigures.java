package uk.org.ncpm.web;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.catalogue.Metric;
import uk.org.ncpm.catalogue.Series;
import uk.org.ncpm.measures.Figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The snapshot's figures a force page needs, sorted once: the force's figures by metric source
 * ("metric|source", in the catalogue's order, each oldest first) and the national figures beside them.
 * The figure table holds every rolling year since the baseline, so the previous quarter and previous
 * year are looked up here rather than computed again.
 */
record ForceFigures(Catalogue catalogue, Map<String, List<Figure>> bySource, Map<String, List<Figure>> nationalBySource) {

    static ForceFigures of(Catalogue catalogue, Force force, List<Figure> figures) {
        Map<String, List<Figure>> own = new LinkedHashMap<>();
        Map<String, List<Figure>> national = new LinkedHashMap<>();
        for (Figure f : figures) {
            if (f.areaCode().equals(force.code())) {
                own.computeIfAbsent(key(f), k -> new ArrayList<>()).add(f);
            } else if (ForcePage.NATIONAL.contains(f.areaCode())) {
                national.computeIfAbsent(key(f), k -> new ArrayList<>()).add(f);
            }
        }
        List<String> order = catalogue.figureSources().stream().map(s -> s.metricId() + "|" + s.source()).toList();
        Map<String, List<Figure>> sorted = new LinkedHashMap<>();
        own.keySet().stream().sorted(Comparator.comparingInt(k -> order.contains(k) ? order.indexOf(k) : order.size()))
                .forEach(k -> sorted.put(k, ForcePage.byPeriod(own.get(k))));
        return new ForceFigures(catalogue, sorted, national);
    }

    static String key(Figure f) {
        return f.metric() + "|" + f.source();
    }

    /** The latest year with a figure, if any year has one. */
    static Optional<Figure> latestAvailable(List<Figure> figures) {
        return figures.stream().filter(Figure::isAvailable).max(Comparator.comparing(Figure::periodEnd));
    }

    /**
     * The national figure beside a force series: England and Wales for the force's latest available year,
     * or, when the source has none for that year, its latest available national figure.
     */
    Optional<Figure> national(String key) {
        List<Figure> national = nationalBySource.getOrDefault(key, List.of()).stream()
                .filter(f -> f.areaCode().equals(ForcePage.NATIONAL.get(0))).toList();
        Optional<Figure> forceLatest = latestAvailable(bySource.getOrDefault(key, List.of()));
        Optional<Figure> same = forceLatest.flatMap(l -> national.stream().filter(f -> f.periodEnd().equals(l.periodEnd())).findFirst());
        return same.isPresent() ? same : latestAvailable(national).or(() -> national.stream().max(Comparator.comparing(Figure::periodEnd)));
    }

    /** The latest national figure of a metric, from the first national area with one and the first source in the catalogue. */
    Optional<Figure> nationalOfMetric(String metric) {
        List<String> order = catalogue.figureSources().stream().filter(s -> s.metricId().equals(metric)).map(s -> metric + "|" + s.source()).toList();
        for (String area : ForcePage.NATIONAL) {
            for (String key : order) {
                Optional<Figure> f = latestAvailable(nationalBySource.getOrDefault(key, List.of()).stream()
                        .filter(x -> x.areaCode().equals(area)).toList());
                if (f.isPresent()) {
                    return f;
                }
            }
        }
        return Optional.empty();
    }

    boolean hasForceFigures(String metric) {
        return bySource.keySet().stream().anyMatch(k -> k.startsWith(metric + "|"));
    }

    /** The measure a metric source belongs to: its metric's, or for a series the metric it feeds; none for context series (robbery). */
    Optional<String> measureOf(String key) {
        String id = key.substring(0, key.indexOf('|'));
        Optional<Metric> metric = catalogue.metric(id)
                .or(() -> catalogue.series(id).flatMap(Series::metricId).flatMap(catalogue::metric));
        return metric.map(Metric::measureId);
    }
}
