package uk.org.ncpm.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The cells of every CSV answer, as the CLI's own writer and the API's wrote them before they were one. */
class CsvTableTest {

    @ParameterizedTest(name = "[{0}] is written [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=HYPERLINK(\"http://x\")|`\"'=HYPERLINK(\"\"http://x\"\")\"`",
            "=1+2|'=1+2",
            "+44 20 7946 0000|'+44 20 7946 0000",
            "-2+3|'-2+3",
            "@SUM(A1)|'@SUM(A1)",
            "-1.5|-1.5",
            "-3e5|-3e5",
            "plain text|plain text",
            "a, b|`\"a, b\"`",
            "say \"hi\"|`\"say \"\"hi\"\"\"`",
            "=1,2|`\"'=1,2\"`"})
    void neutralises_spreadsheet_formulas_and_quotes_as_rfc_4180(String text, String cell) {
        assertThat(cell(text)).isEqualTo(cell);
    }

    @Test
    void neutralises_formulas_starting_with_tab_or_carriage_return() {
        assertThat(cell("\t=1")).isEqualTo("'\t=1");
        assertThat(cell("\r=1")).isEqualTo("\"'\r=1\"");
    }

    @Test
    void leaves_numbers_and_empty_cells_alone() {
        assertThat(cell(-42L)).isEqualTo("-42");
        assertThat(cell(null)).isEmpty();
        assertThat(cell("")).isEmpty();
    }

    @Test
    void writes_a_header_and_rows_with_crlf_line_ends_and_numbers_plain() {
        String csv = CsvTable.of(List.of("name", "n", "x"), List.of(Arrays.asList("#first", new java.math.BigDecimal("1E+3"), null),
                Arrays.asList("a\nb", -2L, "")));

        assertThat(csv).isEqualTo("name,n,x\r\n#first,1000,\r\n\"a\nb\",-2,\r\n");
    }

    /** The text of one cell: the second line of a one-column table, without its line end. */
    private static String cell(Object value) {
        String csv = CsvTable.of(List.of("c"), List.of(Arrays.asList(value)));
        return csv.substring("c\r\n".length(), csv.length() - 2);
    }
}
