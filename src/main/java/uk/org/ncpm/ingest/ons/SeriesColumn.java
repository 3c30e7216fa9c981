package uk.org.ncpm.ingest.ons;

import java.util.function.Predicate;

/**
 * Which column of a table holds a catalogue series.
 *
 * @param seriesId a series id of {@code catalogue/series.csv}
 * @param heading  the heading looked for, as messages show it
 * @param required whether a table without it is rejected
 * @param matches  recognises the column by its headings
 * @param caveat   what the figure is, when the heading alone could mislead; may be empty
 */
record SeriesColumn(String seriesId, String heading, boolean required, Predicate<PfaTableLayout.Column> matches,
                    String caveat) {

    static SeriesColumn own(String seriesId, String heading, boolean required, String caveat, String... keys) {
        return new SeriesColumn(seriesId, heading, required, column -> {
            String own = column.ownKey();
            for (String key : keys) {
                if (key.endsWith("*") ? own.startsWith(key.substring(0, key.length() - 1)) : own.equals(key)) {
                    return true;
                }
            }
            return false;
        }, caveat);
    }
}
