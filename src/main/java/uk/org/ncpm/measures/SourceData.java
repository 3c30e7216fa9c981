package uk.org.ncpm.measures;

import uk.org.ncpm.ingest.CoverageRow;
import uk.org.ncpm.ingest.CoverageStatus;
import uk.org.ncpm.ingest.PoliceUkStreetFormat;
import uk.org.ncpm.store.ObservationRow;
import uk.org.ncpm.store.SourceFileRow;
import uk.org.ncpm.store.StreetCountQuery;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is stored, indexed for the figure computations: current observations by series, area and
 * period; police.uk crime counts and coverage by force and month.
 */
public final class SourceData {

    private final Map<String, ObservationRow> observations = new HashMap<>();
    private final Map<String, Map<YearMonth, Long>> streetCounts = new HashMap<>();
    private final Map<String, CoverageRow> coverage = new HashMap<>();
    private final Map<String, java.util.TreeMap<LocalDate, ObservationRow>> populations = new HashMap<>();

    private final Map<String, Long> streetFiles = new HashMap<>();
    private final Map<Long, String> sha256 = new HashMap<>();

    public SourceData(List<ObservationRow> observations, List<StreetCountQuery.Count> counts, List<CoverageRow> coverage,
                      Map<String, String> crimeTypeToMetric, List<SourceFileRow> files) {
        for (SourceFileRow f : files) {
            sha256.put(f.id(), f.sha256());
            if (f.kind().equals(PoliceUkStreetFormat.KIND) && f.isCurrent() && f.forceCode().isPresent()) {
                streetFiles.put(f.forceCode().get() + "|" + YearMonth.from(f.periodStart()), f.id());
            }
        }
        for (ObservationRow o : observations) {
            this.observations.put(key(o.sourceKind(), o.metric(), o.areaCode(), o.periodStart(), o.periodEnd()), o);
            if (o.metric().equals("population") && o.value().isPresent()) {
                // Several sources may estimate the same mid-year: the newest vintage wins.
                populations.computeIfAbsent(o.areaCode(), k -> new java.util.TreeMap<>())
                        .merge(o.periodEnd(), o, (a, b) -> a.sourceFileId() > b.sourceFileId() ? a : b);
            }
        }
        for (StreetCountQuery.Count c : counts) {
            String metric = crimeTypeToMetric.get(c.crimeType());
            if (metric != null) {
                streetCounts.computeIfAbsent(metric + "|" + c.forceCode(), k -> new HashMap<>())
                        .merge(c.month(), c.crimes(), Long::sum);
            }
        }
        for (CoverageRow row : coverage) {
            this.coverage.put(row.forceCode() + "|" + row.month(), row);
        }
    }

    private static String key(String kind, String series, String area, LocalDate start, LocalDate end) {
        return kind + "|" + series + "|" + area + "|" + start + "|" + end;
    }

    /** The current observation a source gives for exactly this series, area and period. */
    public Optional<ObservationRow> observation(String kind, String series, String area, LocalDate start, LocalDate end) {
        return Optional.ofNullable(observations.get(key(kind, series, area, start, end)));
    }

    /** The sha256 of every loaded file by its id. */
    public Map<Long, String> sha256() {
        return sha256;
    }

    /** The source's footnotes on an observation (the force or period it concerns). */
    static List<String> footnotes(ObservationRow o) {
        List<String> notes = new java.util.ArrayList<>();
        o.edition().ifPresent(e -> notes.add("from the " + e));
        notes.addAll(o.footnotes());
        return notes;
    }

    /** Crime records of a force's month counted into a metric; 0 when the month has a file but none of those types. */
    public long streetCount(String metric, String forceCode, YearMonth month) {
        return streetCounts.getOrDefault(metric + "|" + forceCode, Map.of()).getOrDefault(month, 0L);
    }

    /** The current police.uk vintage of a force's month, if loaded. */
    public Optional<Long> streetFile(String forceCode, YearMonth month) {
        return Optional.ofNullable(streetFiles.get(forceCode + "|" + month));
    }

    public Optional<CoverageRow> coverage(String forceCode, YearMonth month) {
        return Optional.ofNullable(coverage.get(forceCode + "|" + month));
    }

    /** The latest month with any police.uk file, if any. */
    public Optional<YearMonth> latestStreetMonth() {
        return coverage.values().stream().filter(r -> !r.status().equals(CoverageStatus.MISSING))
                .map(CoverageRow::month).max(YearMonth::compareTo);
    }

    /** The latest period end of any observation of these series from a source kind. */
    public Optional<LocalDate> latestObservation(String kind, List<String> series) {
        return of(kind, series).map(ObservationRow::periodEnd).max(LocalDate::compareTo);
    }

    /** The areas with observations of these series from a source kind, in code order. */
    public java.util.SortedSet<String> publishedAreas(String kind, List<String> series) {
        return of(kind, series).map(ObservationRow::areaCode).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The unit the source gives these series in (e.g. count, percentage). */
    public Optional<String> unitOf(String kind, List<String> series) {
        return of(kind, series).map(ObservationRow::unit).findFirst();
    }

    private java.util.stream.Stream<ObservationRow> of(String kind, List<String> series) {
        return observations.values().stream().filter(o -> o.sourceKind().equals(kind) && series.contains(o.metric()));
    }

    /** The population estimates of an area by mid-year date, oldest first. */
    public java.util.NavigableMap<LocalDate, ObservationRow> populations(String areaCode) {
        return populations.getOrDefault(areaCode, new java.util.TreeMap<>());
    }
}
