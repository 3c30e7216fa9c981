package uk.org.ncpm.ingest.workforce;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import uk.org.ncpm.ingest.IngestException;
import uk.org.ncpm.ingest.OdsSpreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Finds Table 1 ("Police officers by police force area") in a Home Office police workforce .ods,
 * read with SODS as the other Home Office tables are.
 */
final class OfficerTableSheet {

    static final String TITLE = "Table 1: Police officers by police force area";
    static final String NATIONAL_LABEL = "Total 43 forces";
    /** How far into content.xml {@link #recognises} looks: Table 1 sits after a long index sheet. */
    private static final int SNIFF_BYTES = 16 << 20;
    private static final int TITLE_SEARCH_ROWS = 3;

    private OfficerTableSheet() {
    }

    /** An .ods whose content holds Table 1's title and its "Total 43 forces" row. */
    static boolean recognises(byte[] bytes) {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            return false;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals("content.xml")) {
                    // OpenDocument may write a space as <text:s/>
                    String content = new String(zip.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8)
                            .replaceAll("<text:s\\b[^>]*?(?:/>|></text:s>)", " ");
                    return content.contains(">" + TITLE) && content.contains(">" + NATIONAL_LABEL + "<");
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The sheet whose first rows hold Table 1's title. */
    static Sheet find(String file, byte[] bytes) throws IngestException {
        SpreadSheet spreadsheet = OdsSpreadsheet.open(file, bytes);
        // SODS returns no sheets, without an error, for some files it cannot parse
        if (spreadsheet.getNumSheets() == 0) {
            throw IngestException.ofFile(file, "no sheets read: the .ods reader found no sheet in the file");
        }
        for (Sheet sheet : spreadsheet.getSheets()) {
            int rows = Math.min(TITLE_SEARCH_ROWS, sheet.getMaxRows());
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < sheet.getMaxColumns(); c++) {
                    Object value = sheet.getRange(r, c).getValue();
                    if (value instanceof String text && text.strip().startsWith(TITLE)) {
                        return sheet;
                    }
                }
            }
        }
        throw IngestException.ofFile(file, "no sheet has the title '" + TITLE + " …' in its first "
                + TITLE_SEARCH_ROWS + " rows: this is not the Home Office police workforce tables' Table 1");
    }
}
