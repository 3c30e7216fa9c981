package uk.org.ncpm.web;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.measures.FigureQuery;
import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.store.SourceFileRow;
import uk.org.ncpm.store.SourceFiles;
import uk.org.ncpm.store.Store;
import uk.org.ncpm.store.StoreException;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    public Snapshot {
        figures = List.copyOf(figures);
        sourceFiles = Map.copyOf(sourceFiles);
        officerNumbers = Map.copyOf(officerNumbers);
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
        SourceFiles files = new SourceFiles(store);
        return new Snapshot(new FigureQuery(store).list(Optional.empty(), Optional.empty(), Optional.empty()),
                files.holdsSampleData(), ForceDiagnostics.of(store, catalogue),
                files.list().stream().collect(Collectors.toMap(SourceFileRow::id, Function.identity())),
                OfficerNumbers.read(store, catalogue));
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
