package uk.org.ncpm.ingest.homeoffice;

import org.junit.jupiter.api.Test;

import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class CellsTest {

    @Test
    void reads_counts_padded_with_spaces_as_the_open_data_csv_prints_them() {
        assertThat(Cells.wholeNumber(" 66776 ")).hasValue(66776);
        assertThat(Cells.wholeNumber(" 1 ")).hasValue(1);
    }

    @Test
    void reads_minus_double_zero_as_zero_and_keeps_negative_counts() {
        assertThat(Cells.wholeNumber("-00 ")).hasValue(0);
        assertThat(Cells.wholeNumber("-45 ")).hasValue(-45);
    }

    @Test
    void reads_whole_spreadsheet_numbers_and_refuses_fractions() {
        assertThat(Cells.wholeNumber(12.0)).hasValue(12);
        assertThat(Cells.wholeNumber(1.5)).isEqualTo(OptionalLong.empty());
    }

    @Test
    void refuses_text_thousands_separators_and_empty_cells() {
        assertThat(Cells.wholeNumber("twelve")).isEmpty();
        assertThat(Cells.wholeNumber("1,234")).isEmpty();
        assertThat(Cells.wholeNumber("")).isEmpty();
        assertThat(Cells.wholeNumber(null)).isEmpty();
    }

    @Test
    void writes_spreadsheet_codes_without_trailing_zeros() {
        assertThat(Cells.text(80.0)).isEqualTo("80");
        assertThat(Cells.text(37.2)).isEqualTo("37.2");
        assertThat(Cells.text(" 8N ")).isEqualTo("8N");
    }
}
