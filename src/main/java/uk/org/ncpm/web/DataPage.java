package uk.org.ncpm.web;

import uk.org.ncpm.ingest.SourceFormat;
import uk.org.ncpm.text.NumberText;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Measure;
import uk.org.ncpm.catalogue.Metric;
import uk.org.ncpm.catalogue.Series;
import uk.org.ncpm.measures.RollingPeriod;
import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.text.FigureColumns;
import uk.org.ncpm.web.govuk.Breadcrumbs;
import uk.org.ncpm.web.govuk.SummaryList;
import uk.org.ncpm.web.govuk.Table;
import uk.org.ncpm.web.govuk.Table.Cell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * "Data and API": every figure to download (all, or one metric at a time), the API, the published
 * CSV columns, and where the figures come from (vintages, catalogue version).
 */
public record DataPage(boolean sample, Breadcrumbs breadcrumbs, Table downloads, Table periods, Table columns,
                       SummaryList provenance, Table vintages) {

    /** What each published column means; every column of {@link FigureColumns#NAMES} is explained. */
    static final Map<String, String> COLUMNS = columnMeanings();
    private static final Map<String, String> SOURCES = Map.of(
            SourceFormat.HOME_OFFICE_PRC.id(), "Home Office police recorded crime open data tables",
            SourceFormat.ONS_PFA_TABLES.id(), "ONS police force area data tables",
            SourceFormat.POLICE_UK_STREET.id(), "data.police.uk street-level crime files",
            SourceFormat.PRC_ROLLUP.id(), "Offence-group roll-up of the Home Office tables (third party)",
            SourceFormat.TIDY_METRIC.id(), "Tidy metric files (figures published elsewhere, e.g. Crime Survey estimates)");

    public static DataPage of(Catalogue catalogue, Snapshot snapshot) {
        List<Figure> figures = snapshot.figures();
        return new DataPage(snapshot.sample(), Breadcrumbs.home("Data and API"), downloads(catalogue, figures), periods(figures),
                new Table("Columns of the CSV files", "govuk-table__caption--m", true,
                        List.of(Cell.text("Column"), Cell.text("What it holds")),
                        COLUMNS.entrySet().stream().map(e -> List.of(Cell.text(e.getKey()), Cell.text(e.getValue()))).toList()),
                provenance(catalogue, snapshot), vintages(figures));
    }

    private static Table downloads(Catalogue catalogue, List<Figure> figures) {
        Map<String, Long> counts = new LinkedHashMap<>();
        figures.forEach(f -> counts.merge(f.metric(), 1L, Long::sum));
        List<List<Cell>> rows = new ArrayList<>();
        for (Metric metric : catalogue.metrics()) {
            String measure = catalogue.measures().stream().filter(m -> m.id().equals(metric.measureId()))
                    .map(Measure::name).findFirst().orElse(metric.measureId());
            rows.add(downloadRow(Cell.link(metric.name(), "/measures/" + metric.measureId() + "#metric-" + metric.id()),
                    measure, metric.id(), metric.name(), counts.getOrDefault(metric.id(), 0L)));
        }
        // Context series with figures (e.g. all robbery) are not metrics of any measure, but are published too.
        new TreeSet<>(counts.keySet()).stream().filter(id -> catalogue.metric(id).isEmpty()).forEach(id -> {
            String name = catalogue.series(id).map(Series::name).orElse(id);
            rows.add(downloadRow(Cell.text(name), "none (context series)", id, name, counts.get(id)));
        });
        return new Table("Figures by metric", "govuk-table__caption--m", true, List.of(Cell.text("Metric"),
                Cell.text("Measure"), Cell.numeric("Figures"), Cell.text("CSV"), Cell.text("JSON")), rows);
    }

    /** One file per quarter's rolling year, newest first: what the board reviewed that quarter, as recomputed now. */
    private static Table periods(List<Figure> figures) {
        Map<java.time.YearMonth, Long> counts = new java.util.TreeMap<>(Comparator.reverseOrder());
        figures.forEach(f -> counts.merge(f.periodEnd(), 1L, Long::sum));
        List<List<Cell>> rows = new ArrayList<>();
        counts.forEach((end, count) -> {
            String label = new RollingPeriod(end).label();
            rows.add(List.of(Cell.text(label + (RollingPeriod.ending(end).isBaseline() ? " (baseline)" : "")),
                    Cell.numeric(NumberText.count(count)),
                    Cell.link("CSV", "/api/v1/periods/" + end + "/figures.csv", "of the " + label),
                    Cell.link("JSON", "/api/v1/periods/" + end + "/figures.json", "of the " + label)));
        });
        return new Table("Figures by rolling year", "govuk-table__caption--m", true, List.of(Cell.text("Rolling year"),
                Cell.numeric("Figures"), Cell.text("CSV"), Cell.text("JSON")), rows);
    }

    private static List<Cell> downloadRow(Cell metric, String measure, String id, String name, long count) {
        return List.of(metric, Cell.text(measure), Cell.numeric(NumberText.count(count)),
                Cell.link("CSV", "/api/v1/figures/" + id + ".csv", "of " + name),
                Cell.link("JSON", "/api/v1/figures/" + id + ".json", "of " + name));
    }

    private static SummaryList provenance(Catalogue catalogue, Snapshot snapshot) {
        List<Figure> figures = snapshot.figures();
        Set<String> versions = new TreeSet<>();
        figures.forEach(f -> versions.add(f.catalogueVersion()));
        String latest = figures.stream().map(Figure::periodEnd).max(Comparator.naturalOrder())
                .map(m -> new RollingPeriod(m).label()).orElse("no figures yet");
        List<SummaryList.Row> rows = new ArrayList<>();
        rows.add(SummaryList.Row.of("Catalogue version", catalogue.version() + (versions.isEmpty() || versions.equals(Set.of(catalogue.version()))
                ? "" : "; the figures were computed with version " + String.join(", ", versions))));
        rows.add(SummaryList.Row.of("Figures", NumberText.count(figures.size())));
        rows.add(SummaryList.Row.of("Latest rolling year", latest));
        rows.add(SummaryList.Row.of("Input files (vintages)", NumberText.count(vintageIds(figures).size())));
        rows.add(SummaryList.Row.of("Data", snapshot.sample() ? "Synthetic sample data generated by ncpm sample: not real crime figures"
                : "Official data files, as loaded"));
        return new SummaryList(rows);
    }

    private static Table vintages(List<Figure> figures) {
        Map<String, List<Figure>> bySource = new LinkedHashMap<>();
        figures.stream().sorted(Comparator.comparing(Figure::source))
                .forEach(f -> bySource.computeIfAbsent(f.source(), k -> new ArrayList<>()).add(f));
        List<List<Cell>> rows = new ArrayList<>();
        bySource.forEach((source, list) -> rows.add(List.of(Cell.text(SOURCES.getOrDefault(source, source)), Cell.text(source),
                Cell.numeric(NumberText.count(vintageIds(list).size())),
                Cell.numeric(NumberText.count(list.size())))));
        return new Table("Input files (vintages) behind the figures, by source, population estimates included",
                "govuk-table__caption--m", true, List.of(Cell.text("Source"), Cell.text("Key"), Cell.numeric("Vintages"),
                Cell.numeric("Figures")), rows);
    }

    /** The vintage ids of the figures: {@code source_files} is "id:sha256;id:sha256…". */
    private static Set<String> vintageIds(List<Figure> figures) {
        Set<String> ids = new LinkedHashSet<>();
        for (Figure f : figures) {
            Arrays.stream(f.sourceFiles().split(";")).filter(s -> !s.isBlank()).map(s -> s.split(":", 2)[0]).forEach(ids::add);
        }
        return ids;
    }

    private static Map<String, String> columnMeanings() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("metric", "The metric id, as in the catalogue (e.g. homicide)");
        columns.put("area_code", "The area's ONS code: a police force area (E23…, W15…), England and Wales (K04000001), "
                + "England (E92000001) or the United Kingdom (K02000001)");
        columns.put("period_end", "The last month of the rolling year, as YYYY-MM: 2021-06 is the year ending June 2021");
        columns.put("value", "The count, estimate or percentage for the rolling year; .. when not available");
        columns.put("lower", "Lower end of the 95% interval: exact Poisson (Garwood) for counts, as published for survey estimates");
        columns.put("upper", "Upper end of the 95% interval");
        columns.put("rate", "Rate per resident population (per 1,000, per 100,000 or per million: rate_per), from the mid-year "
                + "estimate within a year of the middle of the rolling year (population_year); none for City of London");
        columns.put("baseline", "The value for the year ending June 2019, in the value's own unit");
        columns.put("change", "The change against the baseline on change_basis: the rate when both years have one, "
                + "otherwise the count; in percentage points for percentages");
        columns.put("change_pct", "The change as a percentage of the baseline, on the same basis");
        columns.put("p_value", "Two-sided p-value of the test of that change, allowing for the series' over-dispersion (phi)");
        columns.put("verdict", "statistically significant decrease, no significant change, statistically significant "
                + "increase (95% level), or not tested (the reason says why); with (improvement) or (deterioration) where "
                + "the metric has a direction of improvement");
        columns.put("status", "available or not available");
        columns.put("source", "The source the figure comes from; figures from different sources are never mixed");
        columns.put("rate_per", "Residents the rate is per: 1000, 100000 or 1000000");
        columns.put("population_year", "The mid-year of the population estimate the rate uses (the same for every force "
                + "of an England and Wales rate)");
        columns.put("change_basis", "rate, count or estimate: the one quantity change, change_pct and the test are on");
        columns.put("value_change", "value minus baseline in the value's own unit (the count change beside a rate change)");
        columns.put("phi", "The over-dispersion the test allowed for: Pearson chi-squared over degrees of freedom of a "
                + "trend-and-season fit to the area's counts up to the end of the baseline year, never below 1");
        columns.put("compared_on", "What was compared: the whole year, or for a year overlapping the baseline the months "
                + "that differ from it");
        columns.put("published", "England and Wales: the source's own national total, shown as published beside the sum "
                + "of the forces");
        columns.put("published_note", "What that total includes or excludes, as the source says (e.g. British Transport Police)");
        columns.put("footnotes", "The source's footnotes on this area and year, and the edition the figure comes from, "
                + "separated by |");
        columns.put("area_name", "The area's name (England and Wales, or the force's name)");
        columns.put("reason", "Why the figure is not available, or why its change was not tested, in words; empty when "
                + "neither. In a file of sample figures a last column, sample_data, says so on every row");
        if (!columns.keySet().equals(new LinkedHashSet<>(FigureColumns.NAMES))) {
            throw new IllegalStateException("DataPage explains columns " + columns.keySet() + " but the CSV has " + FigureColumns.NAMES);
        }
        return columns;
    }
}
