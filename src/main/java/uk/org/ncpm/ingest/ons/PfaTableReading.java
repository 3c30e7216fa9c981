package uk.org.ncpm.ingest.ons;

import org.apache.poi.ss.util.CellReference;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.ingest.IngestException;
import uk.org.ncpm.ingest.Observation;
import uk.org.ncpm.ingest.TableContent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns the located tables of one workbook into observations, set-aside counts and notes for the
 * ingest report.
 */
final class PfaTableReading {

    private final Catalogue catalogue;
    private final String file;
    private final String edition;
    private final List<Observation> observations = new ArrayList<>();
    private final Map<String, Long> setAside = new TreeMap<>();
    private final List<String> notes = new ArrayList<>();

    /**
     * @param edition how notes name the edition, e.g. {@code ONS PFA tables, year ending June 2019}
     */
    PfaTableReading(Catalogue catalogue, String file, String edition) {
        this.catalogue = catalogue;
        this.file = file;
        this.edition = edition;
    }

    void note(String note) {
        notes.add(note);
    }

    TableContent content() {
        return new TableContent(observations, setAside, notes);
    }

    void read(PfaTableKind kind, PfaTableLayout layout, EditionPeriod period) throws IngestException {
        List<PfaTableRows.Located> columns = locate(kind, layout);
        PfaTableRows.Read rows = PfaTableRows.read(file, layout, columns, new PfaAreaNames(catalogue));
        List<TotalsCheck.Finding> findings = TotalsCheck.of(catalogue, rows);
        Map<String, String> totals = new HashMap<>();
        findings.forEach(f -> totals.put(f.areaCode() + " " + f.seriesId(), f.note()));
        for (PfaTableRows.AreaRow row : rows.areas()) {
            for (PfaTableRows.Located located : columns) {
                String series = located.series().seriesId();
                PfaTableRows.Figure figure = row.figures().get(series);
                String note = note(layout, located, row, totals.get(row.areaCode() + " " + series));
                String location = figure.place().location();
                observations.add(figure.count().value().isPresent()
                        ? Observation.of(series, row.areaCode(), period.start(), period.end(),
                                figure.count().value().getAsDouble(), OnsPfaTablesReader.UNIT, location, note)
                        : Observation.notAvailable(series, row.areaCode(), period.start(), period.end(),
                                figure.count().marker().orElseThrow(), OnsPfaTablesReader.UNIT, location, note));
            }
        }
        for (PfaTableRows.SetAsideRow row : rows.setAside()) {
            setAside.merge(row.body().name(), 1L, Long::sum);
            notes.add(layout.tableName() + ": row " + (row.row() + 1) + " (" + row.body().name() + ") set aside: "
                    + row.body().reason());
        }
        notes.add(summary(layout, period, columns, rows));
        if (kind == PfaTableKind.OFFENCE_COUNTS && columns.stream().noneMatch(l -> l.series().seriesId().equals("personal-robbery"))) {
            notes.add(layout.tableName() + " has no column for robbery of personal property (only all robbery): "
                    + "personal-robbery not read; it is not derived here");
        }
        Set<String> codes = rows.areas().stream().map(PfaTableRows.AreaRow::areaCode).collect(Collectors.toSet());
        List<String> missing = catalogue.forces().territorial().stream().filter(f -> !codes.contains(f.code()))
                .map(Force::name).toList();
        if (!missing.isEmpty()) {
            notes.add(layout.tableName() + " has no row for " + missing.size() + " territorial forces: " + String.join(", ", missing));
        }
        findings.stream()
                .collect(Collectors.groupingBy(f -> "the " + catalogue.areaName(f.areaCode()).orElseThrow() + " total " + f.gist(),
                        TreeMap::new, Collectors.mapping(TotalsCheck.Finding::seriesId, Collectors.joining(", "))))
                .forEach((total, series) -> notes.add(layout.tableName() + ": " + total + " for " + series));
    }

    private List<PfaTableRows.Located> locate(PfaTableKind kind, PfaTableLayout layout) throws IngestException {
        List<PfaTableRows.Located> located = new ArrayList<>();
        for (SeriesColumn series : kind.series()) {
            List<PfaTableLayout.Column> matches = layout.columns().stream().filter(series.matches()).toList();
            if (matches.size() > 1) {
                throw headerError(layout, series.heading(), "expected one column headed '" + series.heading()
                        + "', found " + matches.size() + " (columns " + matches.stream().map(c -> letter(c.index()))
                        .collect(Collectors.joining(", ")) + ")");
            }
            if (matches.isEmpty() && series.required()) {
                throw headerError(layout, series.heading(), "expected a column headed '" + series.heading() + "' in "
                        + kind.description() + ", found columns: " + String.join(", ", layout.headingsFound()));
            }
            matches.forEach(column -> located.add(new PfaTableRows.Located(series, column)));
        }
        // P1 must give robbery one way or the other; it is never added up here from personal + business
        boolean robbery = located.stream().anyMatch(l -> l.series().seriesId().endsWith("robbery"));
        if (kind == PfaTableKind.OFFENCE_COUNTS && !robbery) {
            throw headerError(layout, "Robbery", "expected a column headed 'Robbery' or 'Robbery of personal property', "
                    + "found columns: " + String.join(", ", layout.headingsFound()));
        }
        return located;
    }

    private IngestException headerError(PfaTableLayout layout, String field, String problem) {
        return new IngestException(file, (long) layout.headerRow() + 1, field,
                "sheet '" + layout.sheetName() + "', header row " + (layout.headerRow() + 1) + ": " + problem);
    }

    private String note(PfaTableLayout layout, PfaTableRows.Located located, PfaTableRows.AreaRow row, String total) {
        List<String> parts = new ArrayList<>();
        parts.add(edition);
        parts.add(layout.tableName() + ", column '" + PublishedLabel.display(String.join(": ", located.column().headings()
                .subList(Math.max(0, located.column().headings().size() - 2), located.column().headings().size()))) + "'");
        if (!located.series().caveat().isEmpty()) {
            parts.add(located.series().caveat());
        }
        if (!row.footnotes().isEmpty()) {
            parts.add("the table puts footnote " + String.join(",", row.footnotes()) + " on this area");
        }
        if (total != null) {
            parts.add(total);
        }
        return String.join("; ", parts);
    }

    private static String summary(PfaTableLayout layout, EditionPeriod period, List<PfaTableRows.Located> columns,
                                  PfaTableRows.Read rows) {
        return layout.tableName() + " read from sheet '" + layout.sheetName() + "' (header row " + (layout.headerRow() + 1)
                + ", " + period.label() + "): " + rows.areas().size() + " areas; "
                + columns.stream().map(l -> l.series().seriesId() + " from column " + letter(l.column().index())
                        + " '" + PublishedLabel.display(l.column().own()) + "'").collect(Collectors.joining(", "));
    }

    private static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }
}
