package uk.org.ncpm.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Number cells as printed: numbers, the markers that stand for none, and the marks that qualify one. */
class TableCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"[x]", "[c]", "[z]", "[low]", "..", ":", "-", "\u2013", "NA", "na", "n/a", "N/A", "*", "", "  "})
    void reads_every_published_not_available_marker_as_a_marker_never_a_number(String cell) throws Exception {
        TableCells read = TableCells.read(cell, "a count");

        assertThat(read.value()).isEmpty();
        assertThat(read.marker()).isPresent();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "NA|not available in the source (NA)",
            "[x]|not available in the source ([x])",
            "..|not available in the source (..)",
            "[c]|suppressed by the source ([c])",
            "*|suppressed by the source (*)",
            "[z]|not applicable in the source ([z])",
            "[low]|too low to be shown by the source ([low])",
            "blank|not available in the source (blank cell)"})
    void says_each_marker_in_words_with_the_marker_as_printed(String marker, String words) {
        assertThat(new SourceMarker(marker).words()).isEqualTo(words);
    }

    @Test
    void keeps_a_number_marked_low_reliability_with_a_footnote_saying_so() throws Exception {
        TableCells read = TableCells.read("1,234 [u]", "a count");

        assertThat(read.value()).hasValue(1234);
        assertThat(read.footnotes()).containsExactly(TableCells.LOW_RELIABILITY);
    }

    @Test
    void strips_a_note_mark_from_a_number_and_keeps_it() throws Exception {
        TableCells read = TableCells.read("56.2 [u] [note 4]", "a number");

        assertThat(read.value()).hasValue(56.2);
        assertThat(read.footnotes()).isEqualTo(List.of(TableCells.LOW_RELIABILITY, "source note 4"));
    }

    @Test
    void keeps_a_note_on_a_marker() throws Exception {
        TableCells read = TableCells.read("[c] [note 2]", "a count");

        assertThat(read.marker()).map(SourceMarker::printed).hasValue("[c]");
        assertThat(read.footnotes()).containsExactly("source note 2");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1e999|as a finite number no larger than 2^53 (9007199254740992), found '1e999'",
            "9007199254740993|as a finite number no larger than 2^53 (9007199254740992), found '9007199254740993'",
            "NaN|or a not-available marker ([x], [c], [z], [low], .., :, -, NA, n/a, * or blank), found 'NaN'",
            "Infinity|found 'Infinity'",
            "1e99999999999|found '1e99999999999'",
            "[u]|found '[u]'",
            "about 20|found 'about 20'",
            "1,23|found '1,23'",
            "[y]|found '[y]'"})
    void refuses_anything_else_saying_what_was_expected(String cell, String fragment) {
        assertThatExceptionOfType(TableCells.Refused.class).isThrownBy(() -> TableCells.read(cell, "a count"))
                .withMessageContaining(fragment).withMessageStartingWith("expected a count");
    }
}
