package uk.org.ncpm.store;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.ingest.IngestBatch;
import uk.org.ncpm.ingest.Observation;
import uk.org.ncpm.ingest.PoliceUkStreetFormat;
import uk.org.ncpm.ingest.StreetFile;
import uk.org.ncpm.ingest.TableFile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Takes a validated ingest run into the store as vintages, in one transaction: new and revised
 * files are stored with their rows or observations, unchanged bytes are a no-op, and coverage is
 * recomputed. When nothing is new the store is not written at all, so it stays byte-for-byte the same.
 */
public final class Vintages {

    private final Store store;
    private final Catalogue catalogue;

    public Vintages(Store store, Catalogue catalogue) {
        this.store = store;
        this.catalogue = catalogue;
    }

    public CommitResult commit(IngestBatch batch, Instant now) throws StoreException {
        return commit(batch, now, false);
    }

    /**
     * @param allowEmpty store header-only files even where they replace stored records (else refused,
     *                   {@link EmptyRevisionException}, nothing written)
     */
    public CommitResult commit(IngestBatch batch, Instant now, boolean allowEmpty) throws StoreException {
        Connection connection = store.connection();
        try {
            VintagePlan plan = VintagePlan.load(connection);
            List<VintageOutcome<StreetFile>> streets = new ArrayList<>();
            for (StreetFile f : batch.street().files()) {
                streets.add(plan.decide(f, f.sha256(), streetIdentity(f)));
            }
            List<VintageOutcome<TableFile>> tables = new ArrayList<>();
            for (TableFile f : batch.tables()) {
                tables.add(plan.decide(f, f.sha256(), tableIdentity(f)));
            }
            if (!allowEmpty) {
                EmptyRevisions.refuse(streets, plan, catalogue);
            }
            CommitResult result = new CommitResult(streets, tables);
            List<VintageOutcome<StreetFile>> newStreets = streets.stream().filter(VintageOutcome::writes).toList();
            List<VintageOutcome<TableFile>> newTables = tables.stream().filter(VintageOutcome::writes).toList();
            if (newStreets.isEmpty() && newTables.isEmpty()) {
                return result;
            }
            connection.setAutoCommit(false);
            try {
                try (SourceFileInsert insert = new SourceFileInsert(connection, catalogue.version(), now)) {
                    for (VintageOutcome<StreetFile> o : newStreets) {
                        insert.add(o, street(o.file()));
                    }
                    for (VintageOutcome<TableFile> o : newTables) {
                        insert.add(o, table(o.file()));
                    }
                }
                StreetRows.insert(connection, newStreets);
                ObservationRows.insert(connection, newTables);
                if (!newStreets.isEmpty()) {
                    CoverageTable.replace(connection, catalogue);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                Store.rollbackQuietly(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("store " + store.path() + ": the ingest could not be committed, nothing was stored: "
                    + e.getMessage(), e);
        }
    }

    private static String streetIdentity(StreetFile f) {
        return PoliceUkStreetFormat.KIND + "|" + f.publisher() + "|" + f.month();
    }

    private static String tableIdentity(TableFile f) {
        TreeSet<String> series = f.content().observations().stream().map(Observation::seriesId)
                .collect(Collectors.toCollection(TreeSet::new));
        return f.format().id() + "|" + f.periodStart() + "|" + f.periodEnd() + "|" + String.join(",", series);
    }

    private static SourceFileInsert.Row street(StreetFile f) {
        return new SourceFileInsert.Row(PoliceUkStreetFormat.KIND, f.source(), f.sha256(), f.bytes(), f.rows(),
                f.rowsStored(), f.rowsSetAside(), f.setAsideReason().orElse(null), f.crimeRecords(), f.asbRecords(),
                f.duplicateIds(), f.identicalDuplicates(), f.forceCode().orElse(null), f.publisher(), f.month().atDay(1), f.month().atEndOfMonth(),
                f.sample(), streetIdentity(f), null);
    }

    private static SourceFileInsert.Row table(TableFile f) {
        Map<String, Long> setAside = f.content().setAside();
        String reason = setAside.isEmpty() ? null : "kept out of force and national figures: " + setAside.entrySet()
                .stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        long stored = f.content().observations().size();
        LocalDate start = f.periodStart();
        LocalDate end = f.periodEnd();
        return new SourceFileInsert.Row(f.format().id(), f.source(), f.sha256(), f.bytes(), stored + f.rowsSetAside(),
                stored, f.rowsSetAside(), reason, 0, 0, 0, 0, null, f.format().id(), start, end, f.sample(), tableIdentity(f),
                f.content().edition().isEmpty() ? null : f.content().edition());
    }
}
