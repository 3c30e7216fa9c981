package uk.org.ncpm.web.govuk;

import java.util.List;

/**
 * Parameters of the GOV.UK table component ({@code govuk/table.jte}): a caption (always: every table
 * says what it holds), column headers with {@code scope="col"}, and rows whose first cell is a row
 * header with {@code scope="row"} when {@code firstCellIsHeader}. Text is escaped; a cell may be a
 * link, with visually hidden text to make repeated link text unique ("CSV for homicide").
 *
 * @param captionClasses e.g. {@code govuk-table__caption--m}
 * @param classes        extra classes of the table, e.g. {@code govuk-!-font-size-16} for a wide table, or empty
 */
public record Table(String caption, String captionClasses, boolean firstCellIsHeader, List<Cell> head,
                    List<List<Cell>> rows, String classes) {

    public Table {
        head = List.copyOf(head);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public Table(String caption, String captionClasses, boolean firstCellIsHeader, List<Cell> head, List<List<Cell>> rows) {
        this(caption, captionClasses, firstCellIsHeader, head, rows, "");
    }

    /** The same table with these extra classes. */
    public Table withClasses(String extra) {
        return new Table(caption, captionClasses, firstCellIsHeader, head, rows, extra);
    }

    /**
     * A header or body cell.
     *
     * @param format             {@code numeric} (right-aligned, tabular figures) or empty
     * @param href               a link target, or empty for plain text
     * @param visuallyHiddenText appended to a link's text for screen readers only, or empty
     */
    public record Cell(String text, String format, String href, String visuallyHiddenText) {

        public static Cell text(String text) {
            return new Cell(text, "", "", "");
        }

        public static Cell numeric(String text) {
            return new Cell(text, "numeric", "", "");
        }

        public static Cell link(String text, String href) {
            return new Cell(text, "", href, "");
        }

        public static Cell link(String text, String href, String visuallyHiddenText) {
            return new Cell(text, "", href, visuallyHiddenText);
        }

        public boolean isNumeric() {
            return format.equals("numeric");
        }

        public boolean isLink() {
            return !href.isEmpty();
        }
    }
}
