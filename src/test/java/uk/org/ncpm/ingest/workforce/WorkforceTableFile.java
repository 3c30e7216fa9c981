package uk.org.ncpm.ingest.workforce;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A crafted Table 1 in the layout of the Home Office police workforce tables: title, unit, "As at:",
 * two dates, the 43 forces (force i has 1000 + i officers at the first date, 1010 + i at the second),
 * "Total 43 forces", the two set-aside rows and "Total". Tests change its rows before writing it.
 */
public final class WorkforceTableFile {

    static final LocalDate MARCH = LocalDate.of(2019, 3, 31);
    static final LocalDate SEPTEMBER = LocalDate.of(2019, 9, 30);
    /** Rows above the first force: title, blank, unit, "As at:", dates. */
    static final int FIRST_FORCE_ROW = 6;

    private WorkforceTableFile() {
    }

    public static List<Object[]> rows() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"Table 1: Police officers by police force area, England and Wales, 31 March 2019 and 30 September 2019 (FTE)"});
        rows.add(new Object[] {""});
        rows.add(new Object[] {"England and Wales", "", "", "Full-time equivalents"});
        rows.add(new Object[] {"", "As at:"});
        rows.add(new Object[] {"", MARCH, SEPTEMBER, "number"});
        double first = 0;
        double second = 0;
        List<Force> forces = Catalogue.bundled().forces().territorial();
        for (int i = 0; i < forces.size(); i++) {
            rows.add(new Object[] {forces.get(i).homeOfficeName(), 1000.0 + i, 1010.0 + i});
            first += 1000 + i;
            second += 1010 + i;
        }
        rows.add(new Object[] {"Total 43 forces", first, second});
        rows.add(new Object[] {"Central Service Secondments", 300.0, 310.0});
        rows.add(new Object[] {"British Transport Police", 3000.0, 3010.0});
        rows.add(new Object[] {"Total", first + 3300, second + 3320});
        return rows;
    }

    public static byte[] ods(UnaryOperator<List<Object[]>> change) throws IOException {
        return ods("Table_1", change.apply(rows()));
    }

    public static byte[] ods(String sheetName, List<Object[]> rows) throws IOException {
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(1);
        Sheet sheet = new Sheet(sheetName, rows.size(), columns);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).length; c++) {
                sheet.getRange(r, c).setValue(rows.get(r)[c]);
            }
        }
        SpreadSheet spreadsheet = new SpreadSheet();
        spreadsheet.appendSheet(new Sheet("Index", 1, 1));
        spreadsheet.appendSheet(sheet);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        spreadsheet.save(out);
        return out.toByteArray();
    }
}
