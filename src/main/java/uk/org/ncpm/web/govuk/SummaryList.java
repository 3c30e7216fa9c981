package uk.org.ncpm.web.govuk;

import java.util.List;

/**
 * Parameters of the GOV.UK summary list component ({@code govuk/summaryList.jte}), without actions:
 * key and value pairs, each value one or more lines of text (escaped).
 */
public record SummaryList(List<Row> rows) {

    public SummaryList {
        rows = List.copyOf(rows);
    }

    /** A key and its value; several lines become one paragraph each. */
    public record Row(String key, List<String> lines) {
        public Row {
            lines = List.copyOf(lines);
        }

        public static Row of(String key, String... lines) {
            return new Row(key, List.of(lines));
        }
    }
}
