package uk.org.ncpm.measures;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.FigureSource;
import uk.org.ncpm.ingest.SourceFormat;
import uk.org.ncpm.store.SourceFileRow;
import uk.org.ncpm.store.SourceFiles;
import uk.org.ncpm.store.Store;
import uk.org.ncpm.store.StoreException;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code ncpm compute}: rebuilds the figures of every figure source whose inputs changed since it was
 * last computed. A source's fingerprint is the catalogue version and the ids of the current
 * vintages it reads (its own format and the population files), and the method version, so an unchanged
 * source is skipped.
 */
public final class Computation {

    /** What one compute run did. */
    public record Result(int sourcesComputed, int sourcesUnchanged, int figures, int available) {
    }

    private static final Set<String> POPULATION_KINDS = Set.of(SourceFormat.POPULATION.id(), SourceFormat.TIDY_METRIC.id());

    private final Store store;
    private final Catalogue catalogue;

    public Computation(Store store, Catalogue catalogue) {
        this.store = store;
        this.catalogue = catalogue;
    }

    public Result run(boolean all, Instant now) throws StoreException {
        List<SourceFileRow> files = new SourceFiles(store).list();
        Map<ComputeKey, String> previous = previousFingerprints();
        Map<ComputeKey, String> fingerprints = new LinkedHashMap<>();
        for (FigureSource source : catalogue.figureSources()) {
            ComputeKey key = new ComputeKey(source.metricId(), source.source());
            String fingerprint = fingerprint(source, files);
            if (all || !fingerprint.equals(previous.get(key))) {
                fingerprints.put(key, fingerprint);
            }
        }
        if (fingerprints.isEmpty()) {
            return new Result(0, catalogue.figureSources().size(), 0, 0);
        }
        FigureBuilder builder = new FigureBuilder(catalogue, StoredSourceData.read(store, catalogue));
        Map<ComputeKey, List<Figure>> figures = new LinkedHashMap<>();
        for (FigureSource source : catalogue.figureSources()) {
            ComputeKey key = new ComputeKey(source.metricId(), source.source());
            if (fingerprints.containsKey(key)) {
                figures.put(key, builder.build(source));
            }
        }
        new FigureTable(store).replace(figures, fingerprints, now);
        int count = figures.values().stream().mapToInt(List::size).sum();
        int available = (int) figures.values().stream().flatMap(List::stream).filter(Figure::isAvailable).count();
        return new Result(fingerprints.size(), catalogue.figureSources().size() - fingerprints.size(), count, available);
    }

    /**
     * The figure sources whose stored figures are out of date with the files loaded (a file ingested,
     * or revised, since they were computed; or never computed): "homicide from home-office-prc".
     */
    public List<String> stale() throws StoreException {
        List<SourceFileRow> files = new SourceFiles(store).list();
        Map<ComputeKey, String> previous = previousFingerprints();
        return catalogue.figureSources().stream()
                .filter(source -> !fingerprint(source, files).equals(previous.get(new ComputeKey(source.metricId(), source.source()))))
                .map(source -> source.metricId() + " from " + source.source()).toList();
    }

    private String fingerprint(FigureSource source, List<SourceFileRow> files) {
        String kind = source.source();
        String ids = files.stream().filter(SourceFileRow::isCurrent)
                .filter(f -> f.kind().equals(kind) || POPULATION_KINDS.contains(f.kind()))
                .map(f -> Long.toString(f.id())).collect(Collectors.joining(","));
        return catalogue.version() + "|" + Method.VERSION + "|" + ids;
    }

    private Map<ComputeKey, String> previousFingerprints() throws StoreException {
        Map<ComputeKey, String> fingerprints = new HashMap<>();
        try (Statement statement = store.connection().createStatement();
             ResultSet rs = statement.executeQuery("SELECT metric, source, fingerprint FROM computation")) {
            while (rs.next()) {
                fingerprints.put(new ComputeKey(rs.getString(1), rs.getString(2)), rs.getString(3));
            }
            return fingerprints;
        } catch (SQLException e) {
            throw new StoreException("store " + store.path() + ": computations could not be read: " + e.getMessage(), e);
        }
    }
}
