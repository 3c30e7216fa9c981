package uk.org.ncpm.ingest.homeoffice;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.ingest.IngestException;
import uk.org.ncpm.ingest.Observation;
import uk.org.ncpm.ingest.SourceMarker;
import uk.org.ncpm.ingest.TableContent;
import uk.org.ncpm.ingest.TableReader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Home Office "police recorded crime open data tables", police force area level: one row per force,
 * financial quarter and offence code. Reads the CSV of one year, or the .ods edition with one sheet
 * per financial year, and sums the rows into quarterly counts per force of the series that
 * {@code catalogue/home-office-offence-codes.csv} maps offence codes to (homicide, domestic burglary,
 * personal robbery, theft from the person, vehicle offences, drug trafficking, total recorded crime).
 *
 * <p>Rows of bodies that are not territorial forces (British Transport Police, Action Fraud, CIFAS,
 * UK Finance, Financial Fraud Action UK) are set aside and counted. Only what the file gives is
 * stored: no England and Wales sums (those are computed later from the 43 forces), and a series is
 * stored for a force and quarter only when the file has at least one row of its codes there.
 * Counts are kept as published, negative ones included (a quarter's count falls below zero when
 * crimes recorded earlier in the year are cancelled).
 */
public final class PrcOpenDataReader implements TableReader {

    static final String YEAR = "Financial Year";
    static final String QUARTER = "Financial Quarter";
    static final String FORCE = "Force Name";
    static final String GROUP = "Offence Group";
    static final String CODE = "Offence Code";
    static final String COUNT = "Number of Offences";
    static final List<String> COLUMNS = List.of(YEAR, QUARTER, FORCE, GROUP, CODE, COUNT);
    static final String SOURCE = "Home Office police recorded crime open data tables (police force area)";

    private final Catalogue catalogue;
    private final OffenceCodeMapping mapping;

    public PrcOpenDataReader() {
        this(Catalogue.bundled(), OffenceCodeMapping.bundled());
    }

    PrcOpenDataReader(Catalogue catalogue, OffenceCodeMapping mapping) {
        this.catalogue = catalogue;
        this.mapping = mapping;
    }

    /** A CSV whose header has the open data columns, or an .ods whose content names them. */
    public static boolean recognises(byte[] bytes) {
        List<String> marks = List.of(FORCE, CODE, COUNT);
        if (OdsTables.isZip(bytes)) {
            return OdsTables.mentions(bytes, marks);
        }
        return CsvTableReader.header(bytes).filter(h -> TableColumns.contains(h, marks)).isPresent();
    }

    @Override
    public TableContent read(String name, byte[] bytes) throws IngestException {
        List<String> notes = new ArrayList<>();
        Sums sums = new Sums();
        if (OdsTables.isZip(bytes)) {
            for (OdsTables.SheetTable sheet : OdsTables.read(name, bytes, FORCE, notes)) {
                readTable(sheet.table(), sheet.sheet(), sums);
            }
        } else {
            readTable(CsvTableReader.read(name, bytes), "", sums);
        }
        if (sums.rows == 0) {
            throw IngestException.ofFile(name, "holds no rows after the header; expected one row per force, quarter and offence code");
        }
        refuseNegativeFigures(sums);
        notes.addAll(sums.notes());
        return new TableContent(observations(sums), sums.setAside, notes);
    }

    private void readTable(RawTable table, String sheet, Sums sums) throws IngestException {
        TableColumns columns = TableColumns.find(table, COLUMNS);
        ForceNameColumn forceNames = new ForceNameColumn(catalogue.forces());
        Map<List<String>, List<String>> seriesByCodeAndGroup = new HashMap<>();
        for (RawTable.Row row : table.rows()) {
            RowPosition at = row.position();
            ForceNameColumn.Reporter reporter = forceNames.resolve(columns.text(row, FORCE), at, FORCE);
            FinancialQuarter quarter = FinancialQuarter.parse(columns.cell(row, YEAR), columns.cell(row, QUARTER), at,
                    YEAR, QUARTER);
            Object countCell = columns.cell(row, COUNT);
            OptionalLong count = Cells.wholeNumber(countCell);
            Optional<SourceMarker> marker = count.isPresent() ? Optional.empty() : SourceMarker.in(Cells.text(countCell));
            if (count.isEmpty() && marker.isEmpty()) {
                throw at.error(COUNT, "expected a whole number of offences or a not-available marker ("
                        + SourceMarker.accepted() + "), found " + Cells.describe(countCell));
            }
            sums.rows++;
            if (reporter.setAside().isPresent()) {
                sums.setAside.merge(reporter.setAside().get().name(), 1L, Long::sum);
                continue;
            }
            Force force = reporter.force().orElseThrow();
            checkOneSheetPerQuarter(sums, force, quarter, sheet, at);
            List<String> key = List.of(columns.text(row, CODE), columns.text(row, GROUP));
            List<String> series = seriesByCodeAndGroup.computeIfAbsent(key, k -> mapping.seriesOf(k.get(0), k.get(1)));
            for (String seriesId : series) {
                QuarterlyTally tally = sums.tallies.computeIfAbsent(new Key(force.code(), quarter, seriesId),
                        k -> new QuarterlyTally(at));
                if (marker.isPresent()) {
                    tally.addMarked(marker.get().printed(), at);
                } else {
                    tally.add(count.getAsLong(), at);
                }
            }
        }
    }

    /** A force's quarter comes from one sheet: the same quarter on two sheets would be counted twice. */
    private static void checkOneSheetPerQuarter(Sums sums, Force force, FinancialQuarter quarter, String sheet,
                                                RowPosition at) throws IngestException {
        String earlier = sums.sheetOf.putIfAbsent(force.code() + " " + quarter, sheet);
        if (earlier != null && !earlier.equals(sheet)) {
            throw at.error(YEAR, force.homeOfficeName() + " " + quarter + " is already on sheet '" + earlier
                    + "'; a quarter must not be read twice");
        }
    }

    /**
     * A row may be negative (crimes recorded earlier in the year and cancelled since), but a quarter's
     * figure for a series cannot be: fewer than no offences is an error in the file.
     */
    private static void refuseNegativeFigures(Sums sums) throws IngestException {
        for (Map.Entry<Key, QuarterlyTally> tally : sums.tallies.entrySet()) {
            if (tally.getValue().marker().isEmpty() && tally.getValue().sum() < 0) {
                Key key = tally.getKey();
                throw tally.getValue().first().error(COUNT, "the rows for " + key.seriesId() + ", " + key.areaCode() + ", "
                        + key.quarter() + " (" + tally.getValue().location() + ") add up to " + tally.getValue().sum()
                        + "; expected a count of zero or more");
            }
        }
    }

    private List<Observation> observations(Sums sums) {
        Map<String, String> notes = new HashMap<>();
        List<Observation> observations = new ArrayList<>(sums.tallies.size());
        sums.tallies.forEach((key, tally) -> {
            String note = notes.computeIfAbsent(key.seriesId(), id -> SOURCE + "; " + mapping.describe(id));
            observations.add(tally.marker().isPresent()
                    ? Observation.notAvailable(key.seriesId(), key.areaCode(), key.quarter().start(), key.quarter().end(),
                            tally.marker().get(), "count", tally.location(), note + "; a row the table marks not available")
                    : Observation.of(key.seriesId(), key.areaCode(), key.quarter().start(), key.quarter().end(),
                            tally.sum(), "count", tally.location(), note));
        });
        return observations;
    }

    private record Key(String areaCode, FinancialQuarter quarter, String seriesId) {
    }

    /** What one file adds up to, across its sheets. */
    private final class Sums {
        final Map<Key, QuarterlyTally> tallies = new LinkedHashMap<>();
        final Map<String, Long> setAside = new TreeMap<>();
        final Map<String, String> sheetOf = new HashMap<>();
        long rows;

        List<String> notes() {
            TreeSet<FinancialQuarter> quarters = new TreeSet<>();
            TreeSet<String> forces = new TreeSet<>();
            TreeSet<String> series = new TreeSet<>();
            tallies.keySet().forEach(k -> {
                quarters.add(k.quarter());
                forces.add(k.areaCode());
                series.add(k.seriesId());
            });
            List<String> notes = new ArrayList<>();
            notes.add(rows + " rows; " + forces.size() + " territorial forces; "
                    + (quarters.isEmpty() ? "no quarters" : "quarters " + quarters.first() + " to " + quarters.last()));
            mapping.seriesIds().stream().filter(id -> !series.contains(id)).forEach(id ->
                    notes.add("no rows for " + id + " (" + mapping.describe(id) + ") in this file"));
            return notes;
        }
    }
}
