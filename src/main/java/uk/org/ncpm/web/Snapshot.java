package uk.org.ncpm.web;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.measures.FigureQuery;
import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.store.SourceFileRow;
import uk.org.ncpm.store.SourceFiles;
import uk.org.ncpm.store.Store;
import uk.org.ncpm.store.StoreException;

import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The computed figures the site serves, read once from the store: figures change only when
 * `ncpm compute` runs, and every request reads this immutable copy rather than the store. The forces'
 * diagnostics and coverage are built from the store's data at the same time, and the files the figures
 * were computed from are listed, so a page can name a figure's sources.
 *
 * @param sourceFiles    every stored vintage by id (a figure's provenance names the ids)
 * @param officerNumbers police officer numbers by area code: context, never a measure
 */
public record Snapshot(List<Figure> figures, boolean sample, ForceDiagnostics diagnostics, Map<Long, SourceFileRow> sourceFiles,
                       Map<String, OfficerNumbers> officerNumbers) {

    /** No upper bound: every period the store holds (the site of the current figures). */
    public static final YearMonth ALL_PERIODS = YearMonth.of(9999, 12);

    public Snapshot {
        figures = List.copyOf(figures);
        sourceFiles = Collections.unmodifiableMap(new LinkedHashMap<>(sourceFiles)); // in order: a release's document is the same bytes each time
        officerNumbers = Collections.unmodifiableMap(new LinkedHashMap<>(officerNumbers)); // in order: a release's document is the same bytes each time
    }

    /** Without officer numbers (context, read only from a store). */
    public Snapshot(List<Figure> figures, boolean sample, ForceDiagnostics diagnostics, Map<Long, SourceFileRow> sourceFiles) {
        this(figures, sample, diagnostics, sourceFiles, Map.of());
    }

    public Snapshot(List<Figure> figures, boolean sample, ForceDiagnostics diagnostics) {
        this(figures, sample, diagnostics, Map.of());
    }

    /** Figures only, without diagnostics or coverage (tests, hand-made sites). */
    public Snapshot(List<Figure> figures, boolean sample) {
        this(figures, sample, ForceDiagnostics.NONE);
    }

    public static Snapshot of(Store store) throws StoreException {
        return of(store, Catalogue.bundled());
    }

    public static Snapshot of(Store store, Catalogue catalogue) throws StoreException {
        return of(store, catalogue, ALL_PERIODS);
    }

    /**
     * The figures of every rolling year ending no later than {@code upTo}, with the diagnostics, coverage and
     * officer numbers of that time, and only the source files those figures rest on: what a release freezes,
     * so nothing of a later period is in it (docs/method.md, "Releases").
     */
    public static Snapshot of(Store store, Catalogue catalogue, YearMonth upTo) throws StoreException {
        SourceFiles files = new SourceFiles(store);
        List<Figure> figures = new FigureQuery(store).list(Optional.empty(), Optional.empty(), Optional.empty()).stream()
                .filter(f -> !f.periodEnd().isAfter(upTo)).toList();
        Set<Long> used = figures.stream().flatMap(f -> f.files().stream()).collect(Collectors.toSet());
        return new Snapshot(figures, files.holdsSampleData(), ForceDiagnostics.of(store, catalogue, upTo),
                files.list().stream().filter(row -> upTo.equals(ALL_PERIODS) || used.contains(row.id()))
                        .collect(Collectors.toMap(SourceFileRow::id, Function.identity())),
                OfficerNumbers.read(store, catalogue, upTo));
    }

    /** Police officer numbers of a force or of England and Wales (K04000001), as context; empty when none are loaded. */
    public Optional<OfficerNumbers> officerNumbers(String areaCode) {
        return Optional.ofNullable(officerNumbers.get(areaCode));
    }

    public List<Figure> figures(Optional<String> metric, Optional<String> area, Optional<YearMonth> period) {
        return figures.stream()
                .filter(f -> metric.map(f.metric()::equals).orElse(true))
                .filter(f -> area.map(f.areaCode()::equals).orElse(true))
                .filter(f -> period.map(f.periodEnd()::equals).orElse(true))
                .toList();
    }
}
