package uk.org.ncpm.ingest.homeoffice;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.ingest.IngestException;
import uk.org.ncpm.ingest.Observation;
import uk.org.ncpm.ingest.TableContent;
import uk.org.ncpm.ingest.TableReader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * A third party's roll-up of the Home Office open data tables (dm2-hill, "Predicting Future Crime
 * Trends"): one row per force, financial quarter and offence group, with the zero-count rows
 * dropped. Not an official publication, and every observation says so.
 *
 * <p>Missing rows, read carefully:
 * <ul>
 *   <li>a force and quarter with <b>no rows at all</b> is <b>not available</b> (not zero): the
 *       force's data are missing there (Devon &amp; Cornwall, 2022/23 Q3 to 2023/24 Q2);</li>
 *   <li>a group missing within a force and quarter that has other rows is a <b>dropped zero</b>,
 *       but only between the first and last quarter in which the group appears for any force:
 *       outside that span the group is not in the table (force-recorded fraud ends in 2013/14 Q3,
 *       when Action Fraud had taken fraud over) and nothing is stored.</li>
 * </ul>
 * Rows repeating a force, quarter and group are summed (City of London theft offences, 2002/03 to
 * 2011/12, comes as a large and a small row). {@code group-all} is the sum of every group except
 * fraud, so that it does not step down when fraud left the force figures. The Population column is
 * not stored: it is the third party's, unlabelled as to which mid-year estimate it is, and for
 * 2023/24 extrapolated (fractional persons); rates use ONS mid-year estimates loaded on their own.
 */
public final class PrcRollUpReader implements TableReader {

    static final String YEAR = "Financial Year";
    static final String QUARTER = "Financial Quarter";
    static final String FORCE = "Force Name";
    static final String GROUP = "Offence Group";
    static final String COUNT = "Number of Offences";
    static final List<String> COLUMNS = List.of(YEAR, QUARTER, FORCE, GROUP, COUNT);
    static final String PROVENANCE =
            "third-party roll-up of Home Office open data tables (dm2-hill), not an official publication";
    static final String ALL_GROUPS = "group-all";
    static final String FRAUD = "group-fraud-offences";

    private final Catalogue catalogue;

    public PrcRollUpReader() {
        this(Catalogue.bundled());
    }

    PrcRollUpReader(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** A CSV whose header has force, quarter, offence group and count, and no offence code. */
    public static boolean recognises(byte[] bytes) {
        return !OdsTables.isZip(bytes) && CsvTableReader.header(bytes)
                .filter(h -> TableColumns.contains(h, COLUMNS) && !TableColumns.contains(h, List.of("Offence Code")))
                .isPresent();
    }

    /** The series of an offence group: {@code group-} and the group's name in lower case, words joined by hyphens. */
    static String seriesOf(String group) {
        return "group-" + group.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    @Override
    public TableContent read(String name, byte[] bytes) throws IngestException {
        RawTable table = CsvTableReader.read(name, bytes);
        TableColumns columns = TableColumns.find(table, COLUMNS);
        ForceNameColumn forceNames = new ForceNameColumn(catalogue.forces());
        RollUpQuarters rollUp = new RollUpQuarters();
        Map<String, Long> setAside = new TreeMap<>();
        for (RawTable.Row row : table.rows()) {
            RowPosition at = row.position();
            ForceNameColumn.Reporter reporter = forceNames.resolve(columns.text(row, FORCE), at, FORCE);
            FinancialQuarter quarter = FinancialQuarter.parse(columns.cell(row, YEAR), columns.cell(row, QUARTER), at,
                    YEAR, QUARTER);
            String series = groupSeries(columns.text(row, GROUP), at);
            Object countCell = columns.cell(row, COUNT);
            OptionalLong count = Cells.wholeNumber(countCell);
            if (count.isEmpty()) {
                throw at.error(COUNT, "expected a whole number of offences, found " + Cells.describe(countCell));
            }
            if (count.getAsLong() < 0) {
                throw at.error(COUNT, "expected a count of zero or more, found " + Cells.describe(countCell));
            }
            if (reporter.setAside().isPresent()) {
                setAside.merge(reporter.setAside().get().name(), 1L, Long::sum);
                continue;
            }
            rollUp.add(reporter.force().orElseThrow(), quarter, series, count.getAsLong(), at);
        }
        if (table.rows().isEmpty()) {
            throw IngestException.ofFile(name, "holds no rows after the header; expected one row per force, quarter and offence group");
        }
        if (rollUp.isEmpty()) {
            throw IngestException.ofFile(name, "no rows for any territorial force");
        }
        List<Observation> observations = rollUp.observations(catalogue.forces().territorial());
        List<String> notes = new ArrayList<>(rollUp.notes());
        notes.add("Population column not stored: the third party's figures, not labelled as to which mid-year "
                + "estimate they are and extrapolated (fractional) for the latest year; rates use ONS mid-year estimates");
        return new TableContent(observations, setAside, notes);
    }

    private String groupSeries(String group, RowPosition at) throws IngestException {
        String series = seriesOf(group);
        if (series.equals(ALL_GROUPS) || catalogue.series(series).isEmpty()) {
            throw at.error(GROUP, "unknown offence group '" + group + "'; expected one with a series " + series
                    + " in catalogue/series.csv");
        }
        return series;
    }
}
