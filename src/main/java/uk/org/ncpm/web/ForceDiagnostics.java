package uk.org.ncpm.web;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.ingest.CoverageRow;
import uk.org.ncpm.measures.Diagnostics;
import uk.org.ncpm.measures.DiagnosticsBuilder;
import uk.org.ncpm.measures.RollingPeriod;
import uk.org.ncpm.measures.StoredSourceData;
import uk.org.ncpm.store.CoverageQuery;
import uk.org.ncpm.store.StreetCountQuery;
import uk.org.ncpm.store.Store;
import uk.org.ncpm.store.StoreException;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the force pages and their API show beside the figures, built once when the site starts: each
 * territorial force's {@link Diagnostics} for its latest rolling year (as `ncpm diagnostics --area`
 * gives them), and the coverage of every force's data.police.uk months.
 *
 * @param byForce   diagnostics by force code; a force without figures has none
 * @param coverage  coverage rows, by source, force and month
 * @param locations crime records without a location, by force and month
 */
public record ForceDiagnostics(Map<String, Diagnostics> byForce, List<CoverageRow> coverage,
                               List<StreetCountQuery.Located> locations) {

    /** No diagnostics and no coverage: a site of hand-made figures. */
    public static final ForceDiagnostics NONE = new ForceDiagnostics(Map.of(), List.of());

    public ForceDiagnostics {
        byForce = Collections.unmodifiableMap(new LinkedHashMap<>(byForce)); // in order: a release's document is the same bytes each time
        coverage = List.copyOf(coverage);
        locations = List.copyOf(locations);
    }

    public ForceDiagnostics(Map<String, Diagnostics> byForce, List<CoverageRow> coverage) {
        this(byForce, coverage, List.of());
    }

    public static ForceDiagnostics of(Store store, Catalogue catalogue) throws StoreException {
        return of(store, catalogue, Snapshot.ALL_PERIODS);
    }

    /**
     * As of the rolling year ending {@code upTo}: each force's diagnostics for its latest year ending then or
     * earlier, and coverage and locations of months up to then, so a release shows nothing of a later period.
     */
    public static ForceDiagnostics of(Store store, Catalogue catalogue, YearMonth upTo) throws StoreException {
        DiagnosticsBuilder builder = new DiagnosticsBuilder(catalogue, StoredSourceData.read(store, catalogue));
        Map<String, Diagnostics> byForce = new LinkedHashMap<>();
        for (Force force : catalogue.forces().territorial()) {
            Optional<RollingPeriod> latest = builder.latestPeriod(force, upTo);
            latest.ifPresent(period -> byForce.put(force.code(), builder.of(force, period)));
        }
        return new ForceDiagnostics(byForce,
                new CoverageQuery(store).list(Optional.empty(), Optional.empty(), Optional.empty()).stream()
                        .filter(r -> !r.month().isAfter(upTo)).toList(),
                new StreetCountQuery(store).located().stream().filter(l -> !l.month().isAfter(upTo)).toList());
    }

    public Optional<Diagnostics> of(Force force) {
        return Optional.ofNullable(byForce.get(force.code()));
    }

    /** A force's months with crime records, oldest first, with how many have no location. */
    public List<StreetCountQuery.Located> locations(Force force) {
        return locations.stream().filter(m -> m.forceCode().equals(force.code())).toList();
    }

    /** A force's coverage rows, oldest month first within each source. */
    public List<CoverageRow> coverage(Force force) {
        return coverage.stream().filter(r -> r.forceCode().equals(force.code())).toList();
    }
}
