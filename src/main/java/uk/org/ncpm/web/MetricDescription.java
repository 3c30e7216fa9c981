package uk.org.ncpm.web;

import uk.org.ncpm.ingest.SourceFormat;
import uk.org.ncpm.catalogue.ImprovementDirection;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.FigureSource;
import uk.org.ncpm.catalogue.Metric;
import uk.org.ncpm.catalogue.PoliceUkCrimeType;
import uk.org.ncpm.catalogue.Series;
import uk.org.ncpm.web.govuk.SummaryList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a metric is, in words, from the catalogue: its definition, how each source gives it, its unit,
 * geography and direction; and the caveats a reader needs (proxies, what national totals include,
 * what a survey's intervals allow). Domain rules from docs/method.md.
 */
final class MetricDescription {

    private static final Map<String, String> GEOGRAPHIES = Map.of(
            "forces", "the 43 territorial police forces",
            "england-and-wales", "England and Wales",
            "england", "England only",
            "lsoa", "neighbourhoods (lower layer super output areas, from data.police.uk)",
            "united-kingdom", "the United Kingdom");
    private static final Map<FigureSource.Basis, String> BASES = Map.of(
            FigureSource.Basis.MONTHLY, "twelve monthly counts summed; every month needed",
            FigureSource.Basis.QUARTERLY, "four quarterly counts summed; every quarter needed",
            FigureSource.Basis.ROLLING, "the rolling year as the source publishes it",
            FigureSource.Basis.PUBLISHED, "the figure as the source publishes it");

    private MetricDescription() {
    }

    /** The definition as a GOV.UK summary list. */
    static SummaryList summary(Catalogue catalogue, Metric metric) {
        List<SummaryList.Row> rows = new ArrayList<>();
        rows.add(SummaryList.Row.of("Definition", metric.name()));
        rows.add(new SummaryList.Row("Sources", sources(catalogue, metric)));
        rows.add(SummaryList.Row.of("Unit", unit(metric)));
        rows.add(SummaryList.Row.of("Geography", String.join("; ", metric.geographies().stream()
                .map(g -> GEOGRAPHIES.getOrDefault(g, g)).toList())));
        rows.add(SummaryList.Row.of("Direction of improvement", metric.direction().description()));
        rows.add(SummaryList.Row.of("Metric id", metric.id()));
        return new SummaryList(rows);
    }

    /** Each source's label and how it makes a rolling year, and what it adds up. */
    static List<String> sources(Catalogue catalogue, Metric metric) {
        List<String> lines = new ArrayList<>();
        for (FigureSource source : catalogue.figureSources()) {
            if (!source.metricId().equals(metric.id())) {
                continue;
            }
            String line = capitalise(source.label()) + ": " + BASES.get(source.basis());
            if (source.series().size() > 1) {
                line += "; the sum of " + and(source.series().stream()
                        .map(id -> catalogue.series(id).map(Series::name).orElse(id))
                        .map(name -> name.substring(0, 1).toLowerCase(Locale.UK) + name.substring(1)).toList());
            } else if (SourceFormat.POLICE_UK_STREET.is(source.source())) {
                line += "; the data.police.uk crime types " + and(crimeTypes(catalogue, metric).stream()
                        .map(PoliceUkCrimeType::name).toList());
            }
            lines.add(line + ".");
        }
        return lines.isEmpty() ? List.of(capitalise(metric.source()) + ".") : lines;
    }

    static String unit(Metric metric) {
        String unit = capitalise(metric.unit().word());
        return metric.ratePer().isPresent()
                ? unit + "; rate " + FigureText.per(java.util.OptionalDouble.of(metric.ratePer().getAsInt())) + " residents"
                : unit;
    }

    /** The caveats of the metric as a whole and of each of its sources. */
    static List<String> caveats(Catalogue catalogue, Metric metric) {
        List<String> caveats = new ArrayList<>();
        if (metric.localProxy()) {
            caveats.add("A local proxy measure: force figures are used to find good practice and to support and challenge "
                    + "forces, not as targets. Success is judged for England and Wales as a whole.");
        }
        if (metric.direction() == ImprovementDirection.NONE) {
            caveats.add("An activity measure: more offences recorded can mean more police activity, so a change is "
                    + "neither good nor bad in itself.");
        }
        if (metric.geographies().contains("england") && !metric.geographies().contains("england-and-wales")) {
            caveats.add("Covers England only: the source has no figures for Wales.");
        }
        if (metric.geographies().contains("united-kingdom")) {
            caveats.add("Covers the United Kingdom, not only England and Wales.");
        }
        List<String> sources = catalogue.figureSources().stream().filter(s -> s.metricId().equals(metric.id()))
                .map(FigureSource::source).distinct().toList();
        if (sources.contains(SourceFormat.POLICE_UK_STREET.id())) {
            caveats.add("data.police.uk street records are a proxy, not police recorded crime, and are never mixed with it: "
                    + String.join("; ", crimeTypes(catalogue, metric).stream().filter(t -> !t.note().isEmpty())
                    .map(t -> {
                        String note = t.note().replaceFirst("^proxy: ", "");
                        return note.startsWith("police.uk") ? note : t.name() + ": " + note;
                    }).toList()) + ".");
        }
        if (sources.contains(SourceFormat.HOME_OFFICE_PRC.id()) || sources.contains(SourceFormat.ONS_PFA_TABLES.id())) {
            caveats.add("Police recorded crime counts the offences the police recorded: it depends on people reporting "
                    + "crime and on recording practice as well as on crime itself.");
            caveats.add("England and Wales is the sum of the 43 territorial forces, like-for-like: a force missing in "
                    + "either the year or the baseline is left out of both, and named. British Transport Police is not "
                    + "a territorial force and is not included.");
        }
        if (sources.contains(SourceFormat.ONS_PFA_TABLES.id())) {
            caveats.add("The ONS's own England and Wales totals can include British Transport Police; where the tables "
                    + "give one it is shown beside the sum of the forces, never instead of it.");
        }
        if (metric.unit().isSurveyEstimate()) {
            caveats.add("A survey estimate with its published 95% confidence interval: a change is called significant "
                    + "only when the source says so or the intervals support it at the 95% level.");
        }
        return caveats;
    }

    private static List<PoliceUkCrimeType> crimeTypes(Catalogue catalogue, Metric metric) {
        return catalogue.policeUkCrimeTypes().values().stream()
                .filter(t -> t.metricId().filter(metric.id()::equals).isPresent())
                .sorted(Comparator.comparing(PoliceUkCrimeType::name)).toList();
    }

    /** The first letter in capitals, except for names that are written in lower case (data.police.uk). */
    static String capitalise(String text) {
        return text.isEmpty() || text.startsWith("data.police.uk") ? text
                : text.substring(0, 1).toUpperCase(Locale.UK) + text.substring(1);
    }

    /** "a, b and c". */
    private static String and(List<String> items) {
        return items.size() <= 1 ? String.join("", items)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
