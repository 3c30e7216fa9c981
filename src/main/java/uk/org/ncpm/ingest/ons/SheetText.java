package uk.org.ncpm.ingest.ons;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

import java.math.BigDecimal;

/**
 * The text of cells as a reader sees it. ONS sets footnote markers as superscript runs inside the
 * cell ("year ending June 18" + superscript "1,2"): those runs are dropped here, so "June 18" is not
 * read as "June 181,2".
 */
final class SheetText {

    private SheetText() {
    }

    static String of(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> withoutSuperscript(cell);
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            default -> "";
        };
    }

    static String at(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        return r == null ? "" : of(r.getCell(column));
    }

    /** The text at a cell, or, when it is blank inside a merged region, the region's text. */
    static String merged(Sheet sheet, int row, int column) {
        String text = at(sheet, row, column);
        if (!text.isBlank()) {
            return text;
        }
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.isInRange(row, column)) {
                return at(sheet, region.getFirstRow(), region.getFirstColumn());
            }
        }
        return text;
    }

    static String withoutSuperscript(Cell cell) {
        return runs(cell, false);
    }

    /** The superscript runs of a text cell (its footnote markers), or "" for other cells. */
    static String superscript(Cell cell) {
        return cell == null || cell.getCellType() != CellType.STRING ? "" : runs(cell, true);
    }

    private static String runs(Cell cell, boolean superscript) {
        if (!(cell.getRichStringCellValue() instanceof XSSFRichTextString rich) || rich.numFormattingRuns() == 0) {
            return superscript ? "" : cell.getStringCellValue();
        }
        String all = rich.getString();
        StringBuilder kept = new StringBuilder();
        int end = 0;
        for (int i = 0; i < rich.numFormattingRuns(); i++) {
            int start = rich.getIndexOfFormattingRun(i);
            int length = rich.getLengthOfFormattingRun(i);
            if (start > end && !superscript) {
                kept.append(all, end, start);
            }
            XSSFFont font = rich.getFontOfFormattingRun(i);
            boolean raised = font != null && font.getTypeOffset() == Font.SS_SUPER;
            if (raised == superscript) {
                kept.append(all, start, Math.min(all.length(), start + length));
            }
            end = Math.max(end, start + length);
        }
        if (end < all.length() && !superscript) {
            kept.append(all, end, all.length());
        }
        return kept.toString();
    }
}
