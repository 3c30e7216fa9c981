package uk.org.ncpm.ingest.homeoffice;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import uk.org.ncpm.ingest.IngestException;
import uk.org.ncpm.ingest.OdsSpreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The tables of an OpenDocument spreadsheet (.ods), read with SODS: on each sheet, the header is the
 * first row, among the first {@value #HEADER_SEARCH_ROWS}, that holds a given column name; sheets
 * without one (cover sheets, notes) are skipped with a note.
 */
final class OdsTables {

    static final int HEADER_SEARCH_ROWS = 10;
    /** How much of the uncompressed content.xml {@link #mentions} looks at. */
    private static final int SNIFF_BYTES = 4 << 20;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /** How OpenDocument may write a space inside text: {@code <text:s/>} (SODS writes every space so). */
    private static final Pattern SPACE_ELEMENT = Pattern.compile("<text:s\\b[^>]*?(?:/>|></text:s>)");

    private OdsTables() {
    }

    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && Arrays.equals(bytes, 0, 4, ZIP_MAGIC, 0, 4);
    }

    /**
     * Reads every sheet that has a header row holding {@code headerColumn}.
     *
     * @param notes receives one line per skipped sheet
     */
    static List<SheetTable> read(String file, byte[] bytes, String headerColumn, List<String> notes)
            throws IngestException {
        SpreadSheet spreadsheet = OdsSpreadsheet.open(file, bytes);
        // SODS returns a spreadsheet with no sheets, without an error, for some files it cannot parse.
        if (spreadsheet.getNumSheets() == 0) {
            throw IngestException.ofFile(file, "no sheets read: the .ods reader found no sheet in the file");
        }
        List<SheetTable> tables = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Sheet sheet : spreadsheet.getSheets()) {
            names.add("'" + sheet.getName() + "'");
            Object[][] values = sheet.getMaxRows() == 0 || sheet.getMaxColumns() == 0 ? new Object[0][]
                    : sheet.getDataRange().getValues();
            int headerRow = headerRow(values, headerColumn);
            if (headerRow < 0) {
                notes.add("sheet '" + sheet.getName() + "' skipped: no header row with '" + headerColumn
                        + "' in its first " + HEADER_SEARCH_ROWS + " rows");
                continue;
            }
            tables.add(new SheetTable(sheet.getName(), table(file, sheet.getName(), values, headerRow)));
        }
        if (tables.isEmpty()) {
            throw IngestException.ofFile(file, "no sheet has a header row with '" + headerColumn + "' in its first "
                    + HEADER_SEARCH_ROWS + " rows; sheets: " + String.join(", ", names));
        }
        return tables;
    }

    /** A cheap look inside an .ods without parsing it: does the start of its content.xml hold every text? */
    static boolean mentions(byte[] bytes, List<String> texts) {
        if (!isZip(bytes)) {
            return false;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals("content.xml")) {
                    String start = SPACE_ELEMENT.matcher(new String(zip.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8))
                            .replaceAll(" ");
                    return texts.stream().allMatch(t -> start.contains(">" + t + "<"));
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    record SheetTable(String sheet, RawTable table) {
    }

    private static int headerRow(Object[][] values, String headerColumn) {
        for (int r = 0; r < Math.min(HEADER_SEARCH_ROWS, values.length); r++) {
            for (Object cell : values[r]) {
                if (Cells.text(cell).equalsIgnoreCase(headerColumn)) {
                    return r;
                }
            }
        }
        return -1;
    }

    private static RawTable table(String file, String sheet, Object[][] values, int headerRow) {
        List<String> header = Arrays.stream(values[headerRow]).map(Cells::text).toList();
        List<RawTable.Row> rows = new ArrayList<>();
        for (int r = headerRow + 1; r < values.length; r++) {
            if (Arrays.stream(values[r]).anyMatch(c -> !Cells.text(c).isEmpty())) {
                rows.add(new RawTable.Row(RowPosition.sheetRow(file, sheet, r + 1L), Arrays.asList(values[r])));
            }
        }
        return new RawTable(RowPosition.sheetRow(file, sheet, headerRow + 1L), header, rows);
    }
}
