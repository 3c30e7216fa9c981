package uk.org.ncpm.measures;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.store.CoverageQuery;
import uk.org.ncpm.store.ObservationQuery;
import uk.org.ncpm.store.SourceFiles;
import uk.org.ncpm.store.Store;
import uk.org.ncpm.store.StoreException;
import uk.org.ncpm.store.StreetCountQuery;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Reads everything the figures and diagnostics are computed from out of the store. */
public final class StoredSourceData {

    private StoredSourceData() {
    }

    public static SourceData read(Store store, Catalogue catalogue) throws StoreException {
        Map<String, String> crimeTypes = new HashMap<>();
        catalogue.policeUkCrimeTypes().values().forEach(t -> t.metricId().ifPresent(m -> crimeTypes.put(t.name(), m)));
        return new SourceData(new ObservationQuery(store).list(Optional.empty(), Optional.empty()),
                new StreetCountQuery(store).list(),
                new CoverageQuery(store).list(Optional.empty(), Optional.empty(), Optional.empty()), crimeTypes,
                new SourceFiles(store).list());
    }
}
