package uk.org.ncpm.ingest.ons;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Builds small workbooks shaped like the ONS police force area tables: a title, optional rows
 * above the header, a group-heading row, a header row with "Area Code" and "Area Name", then one
 * row per area. Values: a Number becomes a numeric cell, a String a text cell, null no cell.
 */
final class SmallPfaWorkbook {

    static final String P1_TITLE = "Table P1: Police recorded crime by offence group and police force area, "
            + "English regions and Wales, number of offences, year ending June 2019";
    static final List<String> P1_HEADINGS = List.of("Total recorded crime (excluding fraud)", "Homicide", "Robbery",
            "Residential burglary", "Vehicle offences", "Theft from the person");

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private Sheet sheet;
    private int next;
    private boolean codes;

    /** Starts a sheet with its title in A1; the title's footnote marker, if any, is set in superscript. */
    SmallPfaWorkbook sheet(String name, String title, String superscript) {
        sheet = workbook.createSheet(name);
        next = 0;
        XSSFRichTextString text = new XSSFRichTextString(title + superscript);
        if (!superscript.isEmpty()) {
            XSSFFont font = workbook.createFont();
            font.setTypeOffset(Font.SS_SUPER);
            text.applyFont(title.length(), title.length() + superscript.length(), font);
        }
        sheet.createRow(next++).createCell(0).setCellValue(text);
        return this;
    }

    SmallPfaWorkbook sheet(String name, String title) {
        return sheet(name, title, "");
    }

    /** A P1 sheet with the usual headings under a "Victim-based crime" group heading. */
    static SmallPfaWorkbook p1() {
        return new SmallPfaWorkbook().sheet("Table P1", P1_TITLE, "1,2").blankRows(2)
                .groupHeading("Victim-based crime", 3, 7).header(true, P1_HEADINGS);
    }

    SmallPfaWorkbook blankRows(int count) {
        next += count;
        return this;
    }

    /** A heading merged across value columns {@code from..to} (0-based, counting the code and name columns). */
    SmallPfaWorkbook groupHeading(String heading, int from, int to) {
        sheet.createRow(next).createCell(from).setCellValue(heading);
        sheet.addMergedRegion(new CellRangeAddress(next, next, from, to));
        next++;
        return this;
    }

    /** One row of headings naming each year's 12 months, each merged over a count and a percentage column from column C. */
    SmallPfaWorkbook periodHeadings(String... headings) {
        Row row = sheet.createRow(next);
        for (int i = 0; i < headings.length; i++) {
            row.createCell(2 + 2 * i).setCellValue(headings[i]);
            sheet.addMergedRegion(new CellRangeAddress(next, next, 2 + 2 * i, 3 + 2 * i));
        }
        next++;
        return this;
    }

    SmallPfaWorkbook header(boolean withCodes, List<String> headings) {
        codes = withCodes;
        Row row = sheet.createRow(next++);
        int c = 0;
        if (withCodes) {
            row.createCell(c++).setCellValue("Area Code");
        }
        row.createCell(c++).setCellValue("Area Name");
        for (String heading : headings) {
            row.createCell(c++).setCellValue(heading);
        }
        return this;
    }

    /** A row of a table with a code column. */
    SmallPfaWorkbook row(String code, String name, Object... values) {
        Row row = sheet.createRow(next++);
        int c = 0;
        if (codes) {
            set(row.createCell(c++), code);
        }
        set(row.createCell(c++), name);
        for (Object value : values) {
            if (value != null) {
                set(row.createCell(c), value);
            }
            c++;
        }
        return this;
    }

    /** A row whose area name ends in a footnote marker set in superscript, as ONS sets them. */
    SmallPfaWorkbook rowWithRaisedMarker(String code, String name, String marker, Object... values) {
        row(code, null, values);
        Row row = sheet.getRow(next - 1);
        XSSFRichTextString text = new XSSFRichTextString(name + marker);
        XSSFFont font = workbook.createFont();
        font.setTypeOffset(Font.SS_SUPER);
        text.applyFont(name.length(), name.length() + marker.length(), font);
        row.getCell(codes ? 1 : 0, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(text);
        return this;
    }

    /** A row of a table without a code column. */
    SmallPfaWorkbook named(String name, Object... values) {
        return row(null, name, values);
    }

    SmallPfaWorkbook text(String text) {
        sheet.createRow(next++).createCell(0).setCellValue(text);
        return this;
    }

    byte[] bytes() {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(Cell cell, Object value) {
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }
}
