package uk.org.ncpm.ingest.ons;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a table sits in its sheet, found by content because the layout shifts between editions:
 * the header row is the one with an "Area Name" cell; the title is the first text above it; each
 * column's headings are read from the header row and the two rows above, so a group heading
 * ("Total of selected serious offences") stays attached to the columns beneath it.
 */
record PfaTableLayout(Sheet sheet, String title, int headerRow, int nameColumn, OptionalInt codeColumn,
                      List<Column> columns) {

    private static final int SEARCH_ROWS = 40;
    private static final int GROUP_ROWS = 2;
    private static final Set<String> NAME_HEADINGS = Set.of(
            "area name", "area names", "area", "police force area", "police force area name", "force", "force name");
    private static final Set<String> CODE_HEADINGS = Set.of(
            "area code", "area codes", "code", "ons code", "pfa code", "police force area code");
    private static final Pattern TABLE_NUMBER = Pattern.compile("(?i)^\\s*(table\\s+[a-z]?\\d+[a-z]?)\\b");

    /**
     * One value column.
     *
     * @param headings its headings from the top down, as printed, blanks and repeats dropped
     */
    record Column(int index, List<String> headings) {

        /** The lowest heading: the column's own label (e.g. "Robbery" under "Victim-based crime"). */
        String own() {
            return headings.isEmpty() ? "" : headings.get(headings.size() - 1);
        }

        String ownKey() {
            return PublishedLabel.key(own());
        }

        /** The 12 months a heading above this column names, in a table that gives several years side by side. */
        Optional<EditionPeriod> period() {
            return headings.stream().map(h -> EditionPeriod.inHeading(h.replaceAll("\\s+", " ")))
                    .flatMap(Optional::stream).findFirst();
        }

        /** True when a heading above or at this column starts with the given key. */
        boolean under(String keyPrefix) {
            return headings.stream().map(PublishedLabel::key).anyMatch(k -> k.startsWith(keyPrefix));
        }
    }

    PfaTableLayout {
        columns = List.copyOf(columns);
    }

    static Optional<PfaTableLayout> find(Sheet sheet) {
        int last = Math.min(sheet.getLastRowNum(), SEARCH_ROWS);
        for (int r = sheet.getFirstRowNum(); r <= last; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            OptionalInt name = columnWith(row, NAME_HEADINGS);
            if (name.isPresent()) {
                return Optional.of(at(sheet, r, name.getAsInt(), columnWith(row, CODE_HEADINGS)));
            }
        }
        return Optional.empty();
    }

    private static PfaTableLayout at(Sheet sheet, int headerRow, int nameColumn, OptionalInt codeColumn) {
        String title = "";
        int titleRow = -1;
        for (int r = sheet.getFirstRowNum(); r < headerRow && titleRow < 0; r++) {
            Row row = sheet.getRow(r);
            for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                String text = SheetText.of(row.getCell(c)).trim();
                if (!text.isEmpty()) {
                    title = text;
                    titleRow = r;
                    break;
                }
            }
        }
        int top = Math.max(titleRow + 1, headerRow - GROUP_ROWS);
        int width = 0;
        for (int r = top; r <= headerRow; r++) {
            Row row = sheet.getRow(r);
            width = Math.max(width, row == null ? 0 : row.getLastCellNum());
        }
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            if (c == nameColumn || (codeColumn.isPresent() && c == codeColumn.getAsInt())) {
                continue;
            }
            List<String> headings = new ArrayList<>();
            for (int r = top; r <= headerRow; r++) {
                String text = SheetText.merged(sheet, r, c).trim();
                if (!text.isEmpty() && (headings.isEmpty() || !headings.get(headings.size() - 1).equals(text))) {
                    headings.add(text);
                }
            }
            columns.add(new Column(c, headings));
        }
        return new PfaTableLayout(sheet, title, headerRow, nameColumn, codeColumn, columns);
    }

    private static OptionalInt columnWith(Row row, Set<String> headings) {
        for (int c = Math.max(0, row.getFirstCellNum()); c < row.getLastCellNum(); c++) {
            if (headings.contains(PublishedLabel.key(SheetText.of(row.getCell(c))))) {
                return OptionalInt.of(c);
            }
        }
        return OptionalInt.empty();
    }

    String sheetName() {
        return sheet.getSheetName();
    }

    /** "Table P1" as the title numbers it, else the sheet's name. */
    String tableName() {
        Matcher m = TABLE_NUMBER.matcher(title);
        return m.find() ? m.group(1).replaceAll("\\s+", " ") : sheetName().trim();
    }

    String titleKey() {
        return PublishedLabel.key(title);
    }

    String nameHeading() {
        return SheetText.at(sheet, headerRow, nameColumn).trim();
    }

    String codeHeading() {
        return codeColumn.isPresent() ? SheetText.at(sheet, headerRow, codeColumn.getAsInt()).trim() : "";
    }

    /** The columns' own headings, for messages. */
    List<String> headingsFound() {
        return columns.stream().map(Column::own).filter(h -> !h.isEmpty())
                .map(h -> h.replaceAll("\\s+", " ")).toList();
    }
}
