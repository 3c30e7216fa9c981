package uk.org.ncpm.web;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Measure;
import uk.org.ncpm.catalogue.Metric;
import uk.org.ncpm.web.govuk.Breadcrumbs;

import java.util.List;

/** {@code /measures}: the six national measures, each with its metrics and where they are published. */
public record MeasuresIndex(boolean sample, Breadcrumbs breadcrumbs, List<Entry> measures) {

    /** A measure and what it is judged on. */
    public record Entry(String id, String name, String aim, List<MetricLine> metrics) {
    }

    /** A metric in words: its name and the areas it has figures for. */
    public record MetricLine(String name, String where) {
    }

    public static MeasuresIndex of(Catalogue catalogue, boolean sample) {
        List<Entry> entries = catalogue.measures().stream().map(m -> new Entry(m.id(), m.name(), aim(m),
                catalogue.metrics().stream().filter(x -> x.measureId().equals(m.id()))
                        .map(x -> new MetricLine(x.name(), where(x))).toList())).toList();
        return new MeasuresIndex(sample, Breadcrumbs.home("Measures"), entries);
    }

    private static String aim(Measure measure) {
        return switch (measure.direction()) {
            case DOWN -> "Success is a fall for England and Wales as a whole.";
            case UP -> "Success is a rise for England and Wales as a whole.";
            default -> "Each of its figures has its own direction of success, given on the measure's page.";
        };
    }

    /** Force figures are diagnostic; some metrics are only published nationally (docs/method.md). */
    private static String where(Metric metric) {
        boolean forces = metric.geographies().contains("forces");
        String national = metric.geographies().contains("england") ? "England"
                : metric.geographies().contains("united-kingdom") ? "the United Kingdom" : "England and Wales";
        return forces ? national + " and each police force" + (metric.localProxy() ? " (a local indicator, not a target)" : "")
                : national + " only";
    }
}
