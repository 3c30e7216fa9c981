package uk.org.ncpm.measures;

import uk.org.ncpm.ingest.CoverageStatus;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.FigureSource;
import uk.org.ncpm.ingest.CoverageRow;
import uk.org.ncpm.ingest.PoliceUkStreetFormat;
import uk.org.ncpm.store.ObservationRow;
import uk.org.ncpm.store.SourceFileRow;
import uk.org.ncpm.store.StreetCountQuery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Builds {@link SourceData} for tests from small lists of what the store would give (observations,
 * police.uk counts, coverage, source files), without a store. Each observation gets its own file id.
 */
final class Inputs {

    static final Catalogue CATALOGUE = Catalogue.bundled();

    static final String ONS = "ons-pfa-tables";
    static final String PRC = "home-office-prc";
    static final String ROLLUP = "prc-offence-group-rollup";
    static final String TIDY = "ncpm-tidy-metric";
    static final String POPULATION = "ons-pfa-population";

    static final String CLEVELAND = "E23000013";
    static final String CUMBRIA = "E23000002";
    static final String GWENT = "W15000002";
    static final String KENT = "E23000032";
    static final String ENGLAND_AND_WALES = "K04000001";

    private final List<ObservationRow> observations = new ArrayList<>();
    private final List<StreetCountQuery.Count> counts = new ArrayList<>();
    private final List<CoverageRow> coverage = new ArrayList<>();
    private final List<SourceFileRow> files = new ArrayList<>();
    private long nextFile = 1;

    /** The catalogue's figure source of a metric from a stored format. */
    static FigureSource source(String metric, String kind) {
        return CATALOGUE.figureSources().stream().filter(s -> s.metricId().equals(metric) && s.source().equals(kind))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no figure source " + metric + " from " + kind));
    }

    /** A count for exactly this period. */
    Inputs count(String kind, String series, String area, LocalDate start, LocalDate end, double value) {
        return add(kind, series, area, start, end, OptionalDouble.of(value), OptionalDouble.empty(), OptionalDouble.empty(),
                "count", Optional.empty());
    }

    /** A count for the quarter beginning with {@code firstMonth}. */
    Inputs quarter(String kind, String series, String area, YearMonth firstMonth, double value) {
        return count(kind, series, area, firstMonth.atDay(1), firstMonth.plusMonths(2).atEndOfMonth(), value);
    }

    /** A count from a given edition of a table, with the table's footnotes on it. */
    Inputs footnoted(String kind, String series, String area, RollingPeriod period, double value, String edition,
                     List<String> footnotes) {
        long id = file(kind, kind + "-" + series + "-" + area + "-" + period.end() + ".xlsx", Optional.empty(),
                period.start(), period.end());
        observations.add(new ObservationRow(series, area, period.start(), period.end(), OptionalDouble.of(value),
                OptionalDouble.empty(), OptionalDouble.empty(), "count", Optional.empty(), "row " + id, "", id,
                kind + ".xlsx", kind, Optional.of(edition), footnotes));
        return this;
    }

    /** A cell the source marks as not available (e.g. ".."), kept with its marker. */
    Inputs marked(String kind, String series, String area, LocalDate start, LocalDate end, String marker) {
        return add(kind, series, area, start, end, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                "count", Optional.of(marker));
    }

    /** A published estimate with its 95% interval. */
    Inputs estimate(String kind, String series, String area, RollingPeriod period, double value, double lower,
                    double upper, String unit) {
        return add(kind, series, area, period.start(), period.end(), OptionalDouble.of(value), OptionalDouble.of(lower),
                OptionalDouble.of(upper), unit, Optional.empty());
    }

    /** A published figure without an interval. */
    Inputs published(String kind, String series, String area, RollingPeriod period, double value, String unit) {
        return add(kind, series, area, period.start(), period.end(), OptionalDouble.of(value), OptionalDouble.empty(),
                OptionalDouble.empty(), unit, Optional.empty());
    }

    /** A mid-year population estimate (30 June of {@code year}). */
    Inputs population(String area, int year, double persons) {
        LocalDate midYear = LocalDate.of(year, 6, 30);
        return add(POPULATION, "population", area, midYear, midYear, OptionalDouble.of(persons), OptionalDouble.empty(),
                OptionalDouble.empty(), "persons", Optional.empty());
    }

    /** A complete police.uk month of a force: its file, its coverage, and crime records by police.uk crime type. */
    Inputs month(String force, YearMonth month, Map<String, Long> crimesByType) {
        long id = file(PoliceUkStreetFormat.KIND, month + "-" + force + "-street.csv", Optional.of(force), month.atDay(1),
                month.atEndOfMonth());
        long records = crimesByType.values().stream().mapToLong(Long::longValue).sum();
        coverage.add(new CoverageRow(PoliceUkStreetFormat.KIND, force, month, records, CoverageStatus.COMPLETE,
                "file " + id + " loaded"));
        crimesByType.forEach((type, n) -> counts.add(new StreetCountQuery.Count(force, month, type, n)));
        return this;
    }

    /** A coverage row only: e.g. a month flagged partial or missing. */
    Inputs coverage(String force, YearMonth month, CoverageStatus status) {
        coverage.add(new CoverageRow(PoliceUkStreetFormat.KIND, force, month, 0, status, status.word()));
        return this;
    }

    /** Crime records of a month without changing its coverage (e.g. the few records of a partial month). */
    Inputs crimes(String force, YearMonth month, String crimeType, long n) {
        counts.add(new StreetCountQuery.Count(force, month, crimeType, n));
        return this;
    }

    SourceData data() {
        Map<String, String> crimeTypes = new HashMap<>();
        CATALOGUE.policeUkCrimeTypes().values().forEach(t -> t.metricId().ifPresent(m -> crimeTypes.put(t.name(), m)));
        return new SourceData(observations, counts, coverage, crimeTypes, files);
    }

    /** The id the next file will get. */
    long nextFileId() {
        return nextFile;
    }

    private Inputs add(String kind, String series, String area, LocalDate start, LocalDate end, OptionalDouble value,
                       OptionalDouble lower, OptionalDouble upper, String unit, Optional<String> marker) {
        long id = file(kind, kind + "-" + series + "-" + area + "-" + end + ".csv", Optional.empty(), start, end);
        observations.add(new ObservationRow(series, area, start, end, value, lower, upper, unit, marker, "row " + id, "",
                id, kind + ".csv", kind, Optional.empty(), java.util.List.of()));
        return this;
    }

    private long file(String kind, String name, Optional<String> force, LocalDate start, LocalDate end) {
        long id = nextFile++;
        files.add(new SourceFileRow(id, kind, name, Optional.empty(), "sha" + id, 100, 1, 1, 0, Optional.empty(), 0, 0, 0,
                force, "test", start, end, false, CATALOGUE.version(), Instant.parse("2024-05-01T09:30:00Z"),
                Optional.empty()));
        return id;
    }
}
