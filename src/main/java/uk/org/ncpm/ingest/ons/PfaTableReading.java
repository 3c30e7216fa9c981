package uk.org.ncpm.ingest.ons;

import org.apache.poi.ss.util.CellReference;
import uk.org.ncpm.catalogue.Area;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.ingest.IngestException;
import uk.org.ncpm.ingest.Observation;
import uk.org.ncpm.ingest.TableContent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns the located tables of one workbook into observations, with the footnotes that qualify them,
 * set-aside counts and notes for the ingest report. Every year a table gives becomes an observation of
 * that year from this edition, so a later edition revises the years an earlier one gave.
 */
final class PfaTableReading {

    private final Catalogue catalogue;
    private final String file;
    private final String edition;
    private static final String INCLUDES = "includes ";
    private static final String BRITISH_TRANSPORT_POLICE = "British Transport Police";

    private final List<Observation> observations = new ArrayList<>();
    private final Map<String, Integer> byKey = new HashMap<>();
    private final Map<String, String> readFrom = new HashMap<>();
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
        return new TableContent(observations, setAside, notes, edition + " edition");
    }

    void read(PfaTableKind kind, PfaTableLayout layout, EditionPeriod period) throws IngestException {
        List<PfaTableRows.Located> columns = locate(kind, layout, period);
        PfaTableRows.Read rows = PfaTableRows.read(file, layout, columns, new PfaAreaNames(catalogue));
        PfaFootnotes footnotes = PfaFootnotes.below(layout, rows.end(), catalogue);
        List<TotalsCheck.Finding> findings = TotalsCheck.of(catalogue, rows);
        Map<String, TotalsCheck.Finding> totals = new HashMap<>();
        findings.forEach(f -> totals.put(f.areaCode() + " " + f.column(), f));
        Set<PfaFootnotes.Footnote> used = new HashSet<>();
        for (PfaTableRows.AreaRow row : rows.areas()) {
            for (PfaTableRows.Located located : columns) {
                String series = located.series().seriesId();
                PfaTableRows.Figure figure = row.figures().get(located);
                TotalsCheck.Finding total = totals.get(row.areaCode() + " " + located);
                List<String> markers = new ArrayList<>(row.footnotes());
                markers.addAll(figure.count().footnotes());
                List<PfaFootnotes.Footnote> qualifying = footnotes.qualifying(row.areaCode(), markers,
                        located.period().start(), located.period().end());
                used.addAll(qualifying);
                String note = note(layout, located, row, total == null ? null : total.note());
                String location = figure.place().location();
                EditionPeriod months = located.period();
                Observation observation = figure.count().value().isPresent()
                        ? Observation.of(series, row.areaCode(), months.start(), months.end(),
                                figure.count().value().getAsDouble(), OnsPfaTablesReader.UNIT, location, note)
                        : Observation.notAvailable(series, row.areaCode(), months.start(), months.end(),
                                figure.count().marker().orElseThrow(), OnsPfaTablesReader.UNIT, location, note);
                List<String> texts = new ArrayList<>(footnoteTexts(row, qualifying, total));
                texts.addAll(figure.count().remarks());
                add(layout, observation.withFootnotes(texts));
            }
        }
        footnotes.all().stream().filter(f -> !used.contains(f)).forEach(f -> notes.add(layout.tableName()
                + ", footnote for the whole table (kept here, on no observation): " + f.printed()));
        notes.addAll(rows.notes());
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
                        TreeMap::new, Collectors.mapping(TotalsCheck.Finding::seriesId,
                                Collectors.collectingAndThen(Collectors.toCollection(LinkedHashSet::new), s -> String.join(", ", s)))))
                .forEach((total, series) -> notes.add(layout.tableName() + ": " + total + " for " + series));
    }

    /**
     * The footnote texts an observation keeps. England and Wales first says what the source's total
     * includes or excludes ({@link NationalTotalSentence}), which replaces the footnote saying so.
     */
    private static List<String> footnoteTexts(PfaTableRows.AreaRow row, List<PfaFootnotes.Footnote> qualifying,
                                              TotalsCheck.Finding total) {
        List<String> texts = new ArrayList<>();
        boolean national = row.areaCode().equals(Area.ENGLAND_AND_WALES);
        if (national) {
            Set<String> includes = new TreeSet<>();
            if (qualifying.stream().anyMatch(PfaFootnotes::includesBody)) {
                includes.add(BRITISH_TRANSPORT_POLICE);
            }
            if (total != null && total.gist().startsWith(INCLUDES)) {
                includes.add(total.gist().substring(INCLUDES.length()));
            }
            texts.add(new NationalTotalSentence(includes, row.excludes()).text());
        }
        qualifying.stream().filter(f -> !(national && PfaFootnotes.includesBody(f))).map(PfaFootnotes.Footnote::text)
                .forEach(texts::add);
        return texts;
    }

    /**
     * Adds an observation, or, when an earlier table of the edition gave the same series, area and
     * period (Table P4 and the knife series of Table P5 both give the edition's year), keeps the first
     * and adds the footnotes of the second; a different number is noted, never summed or replaced.
     */
    private void add(PfaTableLayout layout, Observation observation) {
        String key = observation.seriesId() + "|" + observation.areaCode() + "|" + observation.periodStart() + "|"
                + observation.periodEnd();
        Integer earlier = byKey.get(key);
        if (earlier == null) {
            byKey.put(key, observations.size());
            readFrom.put(key, layout.tableName());
            observations.add(observation);
            return;
        }
        Observation first = observations.get(earlier);
        if (!first.value().equals(observation.value()) || !first.marker().equals(observation.marker())) {
            notes.add(layout.tableName() + " gives " + shown(observation) + " for " + observation.seriesId() + ", "
                    + observation.areaCode() + ", " + observation.periodEnd() + " where " + readFrom.get(key) + " gives "
                    + shown(first) + ": " + readFrom.get(key) + "'s kept");
        }
        Set<String> footnotes = new LinkedHashSet<>(first.footnotes());
        footnotes.addAll(observation.footnotes());
        observations.set(earlier, first.withFootnotes(List.copyOf(footnotes)));
    }

    private static String shown(Observation o) {
        return o.value().isPresent() ? java.math.BigDecimal.valueOf(o.value().getAsDouble()).stripTrailingZeros()
                .toPlainString() : "'" + o.marker().orElseThrow() + "'";
    }

    private List<PfaTableRows.Located> locate(PfaTableKind kind, PfaTableLayout layout, EditionPeriod period)
            throws IngestException {
        List<PfaTableRows.Located> located = new ArrayList<>();
        for (SeriesColumn series : kind.series()) {
            List<PfaTableLayout.Column> matches = layout.columns().stream().filter(series.matches()).toList();
            Map<LocalDate, List<PfaTableLayout.Column>> byPeriod = matches.stream().collect(Collectors.groupingBy(
                    c -> c.period().orElse(period).end(), TreeMap::new, Collectors.toList()));
            for (List<PfaTableLayout.Column> same : byPeriod.values()) {
                if (same.size() > 1) {
                    throw headerError(layout, series.heading(), "expected one column headed '" + series.heading()
                            + "' for " + same.get(0).period().orElse(period).label() + ", found " + same.size()
                            + " (columns " + same.stream().map(c -> letter(c.index())).collect(Collectors.joining(", ")) + ")");
                }
            }
            if (matches.isEmpty() && series.required()) {
                throw headerError(layout, series.heading(), "expected a column headed '" + series.heading() + "' in "
                        + kind.description() + ", found columns: " + String.join(", ", layout.headingsFound()));
            }
            for (PfaTableLayout.Column column : matches) {
                EditionPeriod months = column.period().orElse(period);
                if (months.isQuarterEnd()) {
                    located.add(new PfaTableRows.Located(series, column, months));
                } else {
                    notes.add(layout.tableName() + ", column " + letter(column.index()) + ": " + months.label()
                            + " does not end at a quarter end: not read");
                }
            }
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
                + columns.stream().map(l -> l.series().seriesId() + (l.period().equals(period) ? "" : " " + l.period().label())
                        + " from column " + letter(l.column().index())
                        + " '" + PublishedLabel.display(l.column().own()) + "'").collect(Collectors.joining(", "));
    }

    private static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }
}
