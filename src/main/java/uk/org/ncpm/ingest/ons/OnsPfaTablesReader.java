package uk.org.ncpm.ingest.ons;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.ingest.IngestException;
import uk.org.ncpm.ingest.PeriodWindow;
import uk.org.ncpm.ingest.TableContent;
import uk.org.ncpm.ingest.TableReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the ONS "Crime in England and Wales: Police Force Area data tables" (.xlsx): Table P1
 * (police recorded crime by offence group, number of offences) into homicide, domestic
 * (residential) burglary, robbery, theft from the person, vehicle offences and total recorded crime,
 * and the knife tables into knife crime: Table P4 for the 12 months its title names and Table P5 for
 * every year it gives (each under a heading such as "Jul '17 to Jun '18"), for every force, region,
 * England, Wales and England and Wales. Each edition's figures for earlier years are its revisions of
 * them; which edition's figure is current is the store's rule (the latest edition).
 *
 * <p>Footnotes below each table are kept on the observations they qualify (see {@link PfaFootnotes});
 * the England and Wales observation also says what the published total includes or excludes
 * ({@link NationalTotalSentence}).
 *
 * <p>Sheets and header rows are found by content, since layout shifts between editions. Rows of
 * bodies that are not territorial forces (British Transport Police) are set aside and counted. Totals
 * that include such a body are noted on their observations (see {@link TotalsCheck}).
 */
public final class OnsPfaTablesReader implements TableReader {

    static final String UNIT = "count";
    static final String SOURCE = "ONS PFA tables";

    private final Catalogue catalogue;

    public OnsPfaTablesReader(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Cheap format detection: an .xlsx whose text looks like the ONS police force area tables. */
    public static boolean recognises(byte[] bytes) {
        return PfaWorkbookSignature.matches(bytes);
    }

    @Override
    public TableContent read(String name, byte[] bytes) throws IngestException {
        try (Workbook workbook = open(name, bytes)) {
            List<PfaTableLayout> layouts = new ArrayList<>();
            for (Sheet sheet : workbook) {
                PfaTableLayout.find(sheet).ifPresent(layouts::add);
            }
            PfaTableLayout counts = single(name, PfaTableKind.OFFENCE_COUNTS, layouts)
                    .orElseThrow(() -> noOffenceCounts(name, workbook));
            EditionPeriod edition = period(name, counts);
            PfaTableReading tables = new PfaTableReading(catalogue, name, SOURCE + ", " + edition.label());
            tables.note("edition: " + SOURCE + ", " + edition.label());
            corrections(workbook, layouts).forEach(tables::note);
            tables.read(PfaTableKind.OFFENCE_COUNTS, counts, edition);
            Optional<PfaTableLayout> knife = single(name, PfaTableKind.KNIFE_OFFENCES, layouts);
            if (knife.isPresent()) {
                tables.read(PfaTableKind.KNIFE_OFFENCES, knife.get(), period(name, knife.get()));
            } else {
                tables.note("no table of offences involving a knife or sharp instrument found: knife-crime not read");
            }
            Optional<PfaTableLayout> knifeSeries = single(name, PfaTableKind.KNIFE_SERIES, layouts);
            if (knifeSeries.isPresent()) {
                // Its years are in its column headings; the edition's own period stands in for any column without one.
                tables.read(PfaTableKind.KNIFE_SERIES, knifeSeries.get(), edition);
            } else {
                tables.note("no table of knife offences by year (Table P5) found: earlier years of knife-crime not revised by this edition");
            }
            return tables.content();
        } catch (IOException e) {
            throw IngestException.ofFile(name, "could not be read: " + e.getMessage(), e);
        }
    }

    private static Workbook open(String name, byte[] bytes) throws IngestException {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            // POI reports a corrupt or non-OOXML input with assorted runtime exceptions
            throw IngestException.ofFile(name, "not a readable .xlsx workbook (ONS police force area tables are "
                    + "published as .xlsx): " + e.getMessage(), e);
        }
    }

    private static Optional<PfaTableLayout> single(String file, PfaTableKind kind, List<PfaTableLayout> layouts)
            throws IngestException {
        List<PfaTableLayout> found = layouts.stream()
                .filter(kind::isTitled)
                .filter(l -> kind.series().stream().anyMatch(s -> l.columns().stream().anyMatch(s.matches())))
                .toList();
        if (found.size() > 1) {
            throw IngestException.ofFile(file, "expected one sheet with " + kind.description() + ", found "
                    + found.size() + ": " + found.stream().map(l -> "'" + l.sheetName() + "'").collect(Collectors.joining(", ")));
        }
        return found.stream().findFirst();
    }

    private static EditionPeriod period(String file, PfaTableLayout layout) throws IngestException {
        Optional<EditionPeriod> period = EditionPeriod.inTitle(layout.title());
        if (period.isEmpty()) {
            throw IngestException.ofFile(file, "sheet '" + layout.sheetName() + "', title: expected it to name "
                    + "the 12 months covered (\"… year ending June 2019\"), found '" + layout.title() + "'");
        }
        if (!period.get().isQuarterEnd()) {
            throw IngestException.ofFile(file, "sheet '" + layout.sheetName() + "', title: expected a year ending "
                    + "March, June, September or December, found " + period.get().label());
        }
        PeriodWindow window = PeriodWindow.untilNow();
        for (java.time.LocalDate day : List.of(period.get().start(), period.get().end())) {
            if (!window.contains(day)) {
                throw IngestException.ofFile(file, "sheet '" + layout.sheetName() + "', title: " + window.expected(day));
            }
        }
        return period.get();
    }

    private static IngestException noOffenceCounts(String file, Workbook workbook) {
        List<String> sheets = new ArrayList<>();
        for (Sheet sheet : workbook) {
            String title = firstText(sheet);
            sheets.add("'" + sheet.getSheetName() + "'"
                    + (title.isEmpty() ? "" : " (" + (title.length() > 70 ? title.substring(0, 70) + "…" : title) + ")"));
        }
        return IngestException.ofFile(file, "no " + PfaTableKind.OFFENCE_COUNTS.description() + " found: expected a sheet "
                + "titled like 'Table P1: Police recorded crime by offence group and police force area … number of "
                + "offences, year ending June 2019' with an 'Area Name' header and columns such as 'Homicide'; sheets: "
                + String.join(", ", sheets));
    }

    /** Editions republished as "corrected" carry a sheet saying what changed: keep its words with the ingest. */
    private static List<String> corrections(Workbook workbook, List<PfaTableLayout> layouts) {
        List<String> notes = new ArrayList<>();
        for (Sheet sheet : workbook) {
            boolean table = layouts.stream().anyMatch(l -> l.sheet() == sheet);
            String text = firstText(sheet);
            if (!table && (sheet.getSheetName().toLowerCase(Locale.ROOT).contains("correction")
                    || text.toLowerCase(Locale.ROOT).contains("corrected"))) {
                notes.add("correction sheet '" + sheet.getSheetName() + "': " + text);
            }
        }
        return notes;
    }

    private static String firstText(Sheet sheet) {
        for (int r = sheet.getFirstRowNum(); r >= 0 && r <= Math.min(sheet.getLastRowNum(), 10); r++) {
            var row = sheet.getRow(r);
            for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                String text = SheetText.of(row.getCell(c)).replaceAll("\\s+", " ").trim();
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }
}
