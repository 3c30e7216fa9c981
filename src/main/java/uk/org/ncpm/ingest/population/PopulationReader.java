package uk.org.ncpm.ingest.population;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.ingest.IngestException;
import uk.org.ncpm.ingest.Observation;
import uk.org.ncpm.ingest.PeriodWindow;
import uk.org.ncpm.ingest.TableCells;
import uk.org.ncpm.ingest.TableContent;
import uk.org.ncpm.ingest.TableReader;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mid-year population estimates by police force area, the denominators of rates. Two published
 * layouts: ONS's {@code code,name,MYE2018,…} (persons, one column per mid-year; other columns such
 * as household projections are ignored), and the Home Office's older {@code Police Force,Mid 2001,…}
 * (thousands, to one decimal place, by force name). Each estimate is stored as series
 * {@code population} dated 30 June of its year.
 */
public final class PopulationReader implements TableReader {

    private static final Pattern ONS_YEAR = Pattern.compile("(?i)MYE(\\d{4})");
    private static final Pattern HOME_OFFICE_YEAR = Pattern.compile("Mid (\\d{4})");

    private final Catalogue catalogue;

    public PopulationReader(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public TableContent read(String name, byte[] bytes) throws IngestException {
        List<CsvRecord> records = CsvReader.builder().allowMissingFields(true).allowExtraFields(true)
                .detectBomHeader(true) // applies to streams only, not to String input
                .ofCsvRecord(new java.io.ByteArrayInputStream(bytes), java.nio.charset.StandardCharsets.UTF_8)
                .stream().toList();
        if (records.isEmpty()) {
            throw IngestException.ofFile(name, "empty file; expected a population table header");
        }
        List<String> header = records.get(0).getFields();
        boolean ons = header.get(0).equalsIgnoreCase("code");
        Map<Integer, Integer> yearColumns = yearColumns(header, ons ? ONS_YEAR : HOME_OFFICE_YEAR);
        if (yearColumns.isEmpty()) {
            throw new IngestException(name, 1L, null, "no mid-year columns; expected MYE2018-style (ONS) or 'Mid 2001'-style headers");
        }
        PeriodWindow window = PeriodWindow.untilNow();
        for (Map.Entry<Integer, Integer> column : yearColumns.entrySet()) {
            LocalDate midYear = LocalDate.of(column.getValue(), 6, 30);
            if (!window.contains(midYear)) {
                throw new IngestException(name, 1L, header.get(column.getKey()), window.expected(midYear));
            }
        }
        Map<String, Observation> byArea = new LinkedHashMap<>();
        List<String> repeated = new ArrayList<>();
        Map<String, Long> setAside = new TreeMap<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            long line = record.getStartingLineNumber();
            List<String> f = record.getFields();
            if (f.stream().allMatch(String::isBlank)) {
                continue;
            }
            Optional<String> code = ons ? onsArea(name, line, f) : homeOfficeArea(name, line, f.get(0));
            if (code.isEmpty()) {
                setAside.merge(f.get(ons ? 1 : 0).strip() + " (no area code: not a police force area)", 1L, Long::sum);
                continue;
            }
            for (Map.Entry<Integer, Integer> column : yearColumns.entrySet()) {
                String columnName = header.get(column.getKey());
                String cell = column.getKey() < f.size() ? f.get(column.getKey()) : "";
                LocalDate midYear = LocalDate.of(column.getValue(), 6, 30);
                String location = "line " + line + ", column " + columnName;
                TableCells read = population(name, line, columnName, cell);
                Observation observation = read.marker().isPresent()
                        ? Observation.notAvailable("population", code.get(), midYear, midYear, read.marker().get().printed(),
                                "persons", location, note(ons, column.getValue()))
                        : Observation.of("population", code.get(), midYear, midYear,
                                ons ? read.value().getAsDouble() : Math.round(read.value().getAsDouble() * 1000), "persons",
                                location, note(ons, column.getValue()));
                String key = code.get() + " " + midYear;
                Observation earlier = byArea.putIfAbsent(key, observation.withFootnotes(read.footnotes()));
                if (earlier != null && !(earlier.value().equals(observation.value()) && earlier.marker().equals(observation.marker()))) {
                    throw new IngestException(name, line, columnName, "area " + code.get() + " is already given for mid-"
                            + column.getValue() + " at " + earlier.location() + " with a different population ("
                            + shown(earlier) + ", here " + shown(observation) + ")");
                }
                if (earlier != null) {
                    repeated.add(code.get() + " (" + location + ")");
                }
            }
        }
        if (byArea.isEmpty() && setAside.isEmpty()) {
            throw new IngestException(name, 2L, null, "holds no rows after the header; expected one row per area");
        }
        List<Observation> observations = new ArrayList<>(byArea.values());
        List<String> notes = new ArrayList<>();
        if (!repeated.isEmpty()) {
            notes.add("rows repeating an area with the same population, counted once: " + String.join(", ", repeated));
        }
        notes.add(0, "mid-years " + yearColumns.values()
                + (ons ? " (ONS, persons)" : " (Home Office, thousands converted to persons)"));
        return new TableContent(observations, setAside, notes);
    }

    /** A population above zero, or a marker; zero persons would make an infinite rate. */
    private static TableCells population(String file, long line, String column, String cell) throws IngestException {
        TableCells read;
        try {
            read = TableCells.read(cell, "a population (a number of persons)");
        } catch (TableCells.Refused e) {
            throw new IngestException(file, line, column, e.getMessage());
        }
        if (read.isAvailable() && read.value().getAsDouble() <= 0) {
            throw new IngestException(file, line, column, "expected a population above zero, found " + cell.strip());
        }
        return read;
    }

    private static String shown(Observation o) {
        return o.value().isPresent() ? java.math.BigDecimal.valueOf(o.value().getAsDouble()).stripTrailingZeros()
                .toPlainString() : "'" + o.marker().orElseThrow() + "'";
    }

    private static Map<Integer, Integer> yearColumns(List<String> header, Pattern pattern) {
        Map<Integer, Integer> columns = new TreeMap<>();
        for (int i = 0; i < header.size(); i++) {
            Matcher m = pattern.matcher(header.get(i).strip());
            if (m.matches()) {
                columns.put(i, Integer.parseInt(m.group(1)));
            }
        }
        return columns;
    }

    /** ONS layout: the code decides; the name must agree with it, as a check on shifted rows. */
    private Optional<String> onsArea(String file, long line, List<String> f) throws IngestException {
        String code = f.get(0).strip();
        String areaName = f.size() > 1 ? f.get(1).strip() : "";
        if (code.isEmpty()) {
            return Optional.empty();
        }
        if (!catalogue.isAreaCode(code)) {
            throw new IngestException(file, line, "code", "unknown area code '" + code
                    + "'; expected a police force area (E23…, W15…), region (E12…), E92000001, W92000004 or K04000001");
        }
        if (nameFits(code, areaName)) {
            return Optional.of(code);
        }
        Optional<String> named = catalogue.areaCode(areaName);
        if (named.isPresent() && !named.get().equals(code)) {
            throw new IngestException(file, line, "name", "'" + areaName + "' is the name of " + named.get()
                    + ", not of " + code + " (" + catalogue.areaName(code).orElse("?") + ")");
        }
        return Optional.of(code);
    }

    /**
     * True when the name is one of the code's own spellings, "(region)" aside: a region file may
     * call E12000005 plain "West Midlands", which alone would be the force.
     */
    private boolean nameFits(String code, String areaName) {
        List<String> names = catalogue.forces().byCode(code).map(force -> force.allNames())
                .or(() -> catalogue.areas().byCode(code).map(area -> {
                    List<String> all = new ArrayList<>(area.otherNames());
                    all.add(area.name());
                    return all;
                }))
                .orElse(List.of());
        String wanted = withoutRegion(areaName);
        return names.stream().anyMatch(name -> withoutRegion(name).equals(wanted));
    }

    private static String withoutRegion(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replace("&", " and ").replaceAll("\\(?\\bregion\\b\\)?", " ")
                .replaceAll("[^a-z0-9]+", " ").strip();
    }

    private Optional<String> homeOfficeArea(String file, long line, String areaName) throws IngestException {
        String trimmed = areaName.strip();
        Optional<String> code = catalogue.forces().find(trimmed).map(force -> force.code())
                .or(() -> catalogue.areas().find(trimmed).map(area -> area.code()));
        if (code.isEmpty()) {
            throw new IngestException(file, line, "Police Force", "unknown police force area '" + trimmed + "'");
        }
        return code;
    }

    private static String note(boolean ons, int year) {
        return ons ? "ONS mid-" + year + " population estimate"
                : "Home Office mid-" + year + " force-area population, published in thousands to one decimal place";
    }
}
