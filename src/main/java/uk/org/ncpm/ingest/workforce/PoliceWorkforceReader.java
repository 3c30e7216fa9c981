package uk.org.ncpm.ingest.workforce;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.catalogue.NonTerritorialBody;
import uk.org.ncpm.ingest.IngestException;
import uk.org.ncpm.ingest.Observation;
import uk.org.ncpm.ingest.TableContent;
import uk.org.ncpm.ingest.TableReader;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Home Office "Police workforce, England and Wales" tables (.ods), Table 1: police officer full-time
 * equivalents by police force area at each "as at" date of the edition. Stored as the context series
 * {@value #SERIES} (never a measure): one observation per force and date, and the table's own
 * "Total 43 forces" as England and Wales, kept as published and checked against the sum of the forces.
 *
 * <p>Region subtotals are checked against their forces and not stored. Central Service Secondments and
 * British Transport Police are not territorial forces: they are set aside and counted, and the table's
 * "Total" (which includes them) is checked against the 43 forces plus them.
 */
public final class PoliceWorkforceReader implements TableReader {

    public static final String SERIES = "police-officers-fte";
    public static final String UNIT = "FTE";
    static final String SOURCE = "Home Office, Police workforce, England and Wales, Table 1 (police officers, full-time equivalents)";
    static final String SECONDMENTS = "Central Service Secondments";
    static final String ENGLAND_AND_WALES = "K04000001";
    /** Published values carry many decimals; sums agree to far less than a hundredth of an officer. */
    private static final double TOLERANCE = 0.01;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final Catalogue catalogue;

    public PoliceWorkforceReader(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public static boolean recognises(byte[] bytes) {
        return OfficerTableSheet.recognises(bytes);
    }

    @Override
    public TableContent read(String name, byte[] bytes) throws IngestException {
        OfficerTable table = OfficerTable.read(name, OfficerTableSheet.find(name, bytes));
        Reading reading = new Reading(table);
        List<OfficerRow> rows = table.rows();
        for (int i = 0; i < rows.size(); i++) {
            reading.classify(rows.get(i), i + 1 < rows.size() ? rows.get(i + 1).label() : "");
        }
        return reading.content();
    }

    /** One pass over the rows: which are forces, regions, totals or set aside; then the checks. */
    private final class Reading {
        final OfficerTable table;
        final Map<String, OfficerRow> forces = new LinkedHashMap<>();
        final Map<String, List<String>> regionForces = new LinkedHashMap<>();
        final Map<String, OfficerRow> regions = new LinkedHashMap<>();
        final Map<String, OfficerRow> setAsideRows = new LinkedHashMap<>();
        OfficerRow national;
        OfficerRow grandTotal;
        String openRegion = "";

        Reading(OfficerTable table) {
            this.table = table;
        }

        /** @param next the label of the row below, which tells "West Midlands" the region from the force */
        void classify(OfficerRow row, String next) throws IngestException {
            String label = row.label().strip();
            if (label.equals(OfficerTable.GRAND_TOTAL)) {
                grandTotal = row;
                return;
            }
            if (label.equalsIgnoreCase(OfficerTableSheet.NATIONAL_LABEL)) {
                national = row;
                return;
            }
            Optional<NonTerritorialBody> body = catalogue.forces().findNonTerritorial(label);
            if (label.equalsIgnoreCase(SECONDMENTS) || body.isPresent()) {
                setAsideRows.put(body.map(NonTerritorialBody::name).orElse(SECONDMENTS), row);
                return;
            }
            Optional<Force> force = catalogue.forces().find(label);
            Optional<String> region = RegionLabels.code(label);
            if (region.isPresent() && (force.isEmpty() || opensRegion(force.get(), region.get(), next))) {
                openRegion = region.get();
                if (regions.put(openRegion, row) != null) {
                    throw labelCell(row).error("region '" + label + "' appears twice in the table");
                }
                regionForces.put(openRegion, new ArrayList<>());
                return;
            }
            if (force.isEmpty()) {
                throw labelCell(row).error("'" + label + "' is not a police force area, region or total known to the "
                        + "catalogue (forces.csv other_names, non-territorial.csv)");
            }
            if (forces.put(force.get().code(), row) != null) {
                throw labelCell(row).error(force.get().name() + " appears twice in the table");
            }
            regionForces.computeIfAbsent(openRegion, k -> new ArrayList<>()).add(force.get().code());
        }

        /**
         * "West Midlands" is a region and a force: the region when it heads its forces (the row below is
         * another force of that region), the force when its region is already open or nothing follows.
         */
        boolean opensRegion(Force force, String region, String next) {
            if (force.regionCode().equals(openRegion)) {
                return false;
            }
            Optional<Force> below = catalogue.forces().find(next);
            return below.isPresent() && !below.get().equals(force) && below.get().regionCode().equals(region);
        }

        TableContent content() throws IngestException {
            List<String> missing = catalogue.forces().territorial().stream().filter(f -> !forces.containsKey(f.code()))
                    .map(Force::name).toList();
            if (!missing.isEmpty()) {
                throw new IngestException(table.file() + ", sheet '" + table.sheet() + "'", null, null,
                        "expected a row for each of the 43 territorial forces; missing: " + String.join(", ", missing));
            }
            if (national == null) {
                throw new IngestException(table.file() + ", sheet '" + table.sheet() + "'", null, null,
                        "expected a row '" + OfficerTableSheet.NATIONAL_LABEL + "' (England and Wales)");
            }
            List<String> notes = new ArrayList<>();
            notes.add(edition() + ": " + forces.size() + " forces at " + table.dates().size() + " dates ("
                    + String.join(", ", table.dates().stream().map(DAY::format).toList()) + ")");
            List<String> nationalFootnotes = nationalChecks(notes);
            regionChecks(notes);
            List<Observation> observations = new ArrayList<>();
            forces.forEach((code, row) -> observations.addAll(observations(code, row, List.of())));
            observations.addAll(observations(ENGLAND_AND_WALES, national, nationalFootnotes));
            Map<String, Long> setAside = new TreeMap<>();
            setAsideRows.keySet().forEach(body -> setAside.put(body, 1L));
            return new TableContent(observations, setAside, notes, edition());
        }

        /**
         * The published England and Wales total against the forces' sum, and the table's Total against the
         * 43 forces plus the rows set aside; one note each when every date agrees.
         */
        List<String> nationalChecks(List<String> notes) {
            List<String> footnotes = new ArrayList<>();
            footnotes.add("England and Wales is the Home Office's published '" + OfficerTableSheet.NATIONAL_LABEL
                    + "': the 43 territorial forces, without Central Service Secondments and British Transport Police");
            List<String> differences = new ArrayList<>();
            List<String> totalDifferences = new ArrayList<>();
            for (int d = 0; d < table.dates().size(); d++) {
                int at = d;
                double sum = forces.values().stream().mapToDouble(r -> r.values().get(at)).sum();
                double published = national.values().get(d);
                String date = DAY.format(table.dates().get(d));
                if (Math.abs(sum - published) > TOLERANCE) {
                    differences.add("at " + date + " the published total " + fte(published)
                            + " differs from the sum of the 43 forces, " + fte(sum));
                }
                double others = setAsideRows.values().stream().mapToDouble(r -> r.values().get(at)).sum();
                if (grandTotal != null && Math.abs(published + others - grandTotal.values().get(d)) > TOLERANCE) {
                    totalDifferences.add("at " + date + " the table's Total " + fte(grandTotal.values().get(d))
                            + " is not the 43 forces plus " + String.join(" and ", setAsideRows.keySet()) + ", "
                            + fte(published + others));
                }
            }
            footnotes.addAll(differences);
            notes.add(differences.isEmpty() ? "'" + OfficerTableSheet.NATIONAL_LABEL
                    + "' equals the sum of the 43 forces at every date" : String.join("; ", differences));
            if (grandTotal != null) {
                notes.add(totalDifferences.isEmpty() ? "the table's Total is the 43 forces plus "
                        + String.join(" and ", setAsideRows.keySet()) + " (set aside) at every date"
                        : String.join("; ", totalDifferences));
            }
            return footnotes;
        }

        void regionChecks(List<String> notes) {
            regions.forEach((code, row) -> {
                List<String> members = regionForces.getOrDefault(code, List.of());
                for (int d = 0; d < table.dates().size(); d++) {
                    int at = d;
                    double sum = members.stream().mapToDouble(f -> forces.get(f).values().get(at)).sum();
                    if (Math.abs(sum - row.values().get(d)) > TOLERANCE) {
                        notes.add("region '" + row.label().strip() + "' at " + DAY.format(table.dates().get(d)) + ": "
                                + fte(row.values().get(d)) + " published, " + fte(sum) + " the sum of its forces");
                    }
                }
            });
        }

        List<Observation> observations(String area, OfficerRow row, List<String> footnotes) {
            List<Observation> list = new ArrayList<>();
            for (int d = 0; d < table.dates().size(); d++) {
                LocalDate date = table.dates().get(d);
                list.add(Observation.of(SERIES, area, date, date, row.values().get(d), UNIT,
                        row.cells().get(d).location(), SOURCE).withFootnotes(footnotes));
            }
            return list;
        }

        /** Named after the latest date, as the Home Office names the release. */
        String edition() {
            LocalDate latest = table.dates().stream().max(LocalDate::compareTo).orElseThrow();
            return "Home Office police workforce tables, " + DAY.format(latest) + " edition";
        }

        SheetCell labelCell(OfficerRow row) {
            return new SheetCell(table.file(), table.sheet(), row.row() - 1, 0);
        }
    }

    private static String fte(double value) {
        return String.format(Locale.UK, "%,.1f", value);
    }
}
