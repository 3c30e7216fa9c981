package uk.org.ncpm.ingest.tidy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.ingest.IngestException;
import uk.org.ncpm.ingest.Observation;
import uk.org.ncpm.ingest.PeriodWindow;
import uk.org.ncpm.ingest.TableCells;
import uk.org.ncpm.ingest.TableContent;
import uk.org.ncpm.ingest.TableReader;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The NCPM tidy metric file: one published figure per row, for every metric that arrives as a
 * figure rather than as records (Crime Survey estimates with their confidence intervals, hospital
 * admissions, drug treatment referrals, Homicide Index, firearm discharges, victim satisfaction).
 * Columns {@code metric,area_code,period_start,period_end,value,lower,upper,unit,source,note};
 * see the README for the rules.
 */
public final class TidyMetricReader implements TableReader {

    public static final List<String> HEADER = List.of("metric", "area_code", "period_start", "period_end", "value",
            "lower", "upper", "unit", "source", "note");

    /** Units of counts, which cannot be negative. */
    private static final Set<String> COUNTS = Set.of("count", "persons");

    private final Catalogue catalogue;

    public TidyMetricReader(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public TableContent read(String name, byte[] bytes) throws IngestException {
        List<Observation> observations = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        boolean header = true;
        // detectBomHeader applies to streams only, not to String input
        for (CsvRecord record : CsvReader.builder().allowMissingFields(true).allowExtraFields(true).detectBomHeader(true)
                .ofCsvRecord(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            long line = record.getStartingLineNumber();
            List<String> f = record.getFields();
            if (header) {
                if (!f.equals(HEADER)) {
                    throw new IngestException(name, line, null, "expected the tidy header " + String.join(",", HEADER)
                            + ", found " + String.join(",", f));
                }
                header = false;
                continue;
            }
            if (f.size() == 1 && f.get(0).isBlank()) {
                continue;
            }
            if (f.size() != HEADER.size()) {
                throw new IngestException(name, line, null, "expected " + HEADER.size() + " fields, found " + f.size());
            }
            Observation observation = row(name, line, f);
            String key = observation.seriesId() + "|" + observation.areaCode() + "|" + observation.periodStart() + "|"
                    + observation.periodEnd();
            Long earlier = firstLine.putIfAbsent(key, line);
            if (earlier != null) {
                throw new IngestException(name, line, null, "repeats the figure on line " + earlier
                        + " (same metric, area and period)");
            }
            observations.add(observation);
        }
        if (header) {
            throw new IngestException(name, 1L, null, "empty file; expected the tidy header " + String.join(",", HEADER));
        }
        if (observations.isEmpty()) {
            throw new IngestException(name, 2L, null, "holds no rows after the header; expected at least one figure");
        }
        return new TableContent(observations, Map.of(), List.of(observations.size() + " published figures"));
    }

    private Observation row(String file, long line, List<String> f) throws IngestException {
        String metric = f.get(0).strip();
        if (!catalogue.isObservable(metric)) {
            throw new IngestException(file, line, "metric", "unknown metric id '" + metric + "'; expected a catalogue metric "
                    + catalogue.metrics().stream().map(m -> m.id()).toList() + " or series "
                    + catalogue.series().stream().map(s -> s.id()).toList());
        }
        String area = f.get(1).strip();
        if (!catalogue.isAreaCode(area)) {
            throw new IngestException(file, line, "area_code", "unknown area code '" + area
                    + "'; expected a police force area (E23…, W15…), K04000001, E92000001, W92000004 or a region (E12…)");
        }
        LocalDate start = date(file, line, "period_start", f.get(2));
        LocalDate end = date(file, line, "period_end", f.get(3));
        PeriodWindow window = PeriodWindow.untilNow();
        for (LocalDate day : List.of(start, end)) {
            if (!window.contains(day)) {
                throw new IngestException(file, line, day == start ? "period_start" : "period_end", window.expected(day));
            }
        }
        if (end.isBefore(start)) {
            throw new IngestException(file, line, "period_end", "period ends (" + end + ") before it starts (" + start + ")");
        }
        String unit = required(file, line, "unit", f.get(7));
        String source = required(file, line, "source", f.get(8));
        String note = f.get(9).isBlank() ? source : source + "; " + f.get(9).strip();
        String location = "line " + line;
        TableCells cell = cell(file, line, "value", f.get(4), "a number");
        if (cell.marker().isPresent()) {
            if (!f.get(5).isBlank() || !f.get(6).isBlank()) {
                throw new IngestException(file, line, f.get(5).isBlank() ? "upper" : "lower",
                        "a value marked not available ('" + f.get(4).strip() + "') cannot have bounds; leave lower and upper empty");
            }
            return Observation.notAvailable(metric, area, start, end, cell.marker().get().printed(), unit, location, note)
                    .withFootnotes(cell.footnotes());
        }
        double value = cell.value().getAsDouble();
        if (value < 0 && COUNTS.contains(unit)) {
            throw new IngestException(file, line, "value", "expected a count of zero or more, found " + f.get(4).strip());
        }
        OptionalDouble lower = bound(file, line, "lower", f.get(5));
        OptionalDouble upper = bound(file, line, "upper", f.get(6));
        if (lower.isPresent() && lower.getAsDouble() > value) {
            throw new IngestException(file, line, "lower", "lower bound " + f.get(5).strip() + " is above the value " + f.get(4).strip());
        }
        if (upper.isPresent() && upper.getAsDouble() < value) {
            throw new IngestException(file, line, "upper", "upper bound " + f.get(6).strip() + " is below the value " + f.get(4).strip());
        }
        return new Observation(metric, area, start, end, OptionalDouble.of(value), lower, upper, unit, Optional.empty(),
                location, note, cell.footnotes());
    }

    private static LocalDate date(String file, long line, String field, String text) throws IngestException {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IngestException(file, line, field, "expected a date as YYYY-MM-DD, found '" + text + "'");
        }
    }

    private static String required(String file, long line, String field, String text) throws IngestException {
        if (text.isBlank()) {
            throw new IngestException(file, line, field, "required, found nothing");
        }
        return text.strip();
    }

    /** Empty cell: no bound; anything else must be a number. */
    private static OptionalDouble bound(String file, long line, String field, String text) throws IngestException {
        if (text.isBlank()) {
            return OptionalDouble.empty();
        }
        TableCells cell = cell(file, line, field, text, "a number");
        if (cell.marker().isPresent() || !cell.footnotes().isEmpty()) {
            throw new IngestException(file, line, field, "expected a number or nothing, found '" + text + "'");
        }
        return cell.value();
    }

    private static TableCells cell(String file, long line, String field, String text, String expected)
            throws IngestException {
        try {
            return TableCells.read(text, expected);
        } catch (TableCells.Refused e) {
            throw new IngestException(file, line, field, e.getMessage());
        }
    }
}
