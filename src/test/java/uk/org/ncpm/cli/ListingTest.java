package uk.org.ncpm.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ListingTest {

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
        assertThat(Listing.csvCell(text)).isEqualTo(cell);
    }

    @Test
    void neutralises_formulas_starting_with_tab_or_carriage_return() {
        assertThat(Listing.csvCell("\t=1")).isEqualTo("'\t=1");
        assertThat(Listing.csvCell("\r=1")).isEqualTo("\"'\r=1\"");
    }

    @Test
    void leaves_numbers_and_empty_cells_alone() {
        assertThat(Listing.csvCell(-42L)).isEqualTo("-42");
        assertThat(Listing.csvCell(null)).isEmpty();
        assertThat(Listing.csvCell("")).isEmpty();
    }

    @Test
    void prints_rows_as_csv_with_crlf_line_ends() {
        StringWriter text = new StringWriter();

        new Listing(List.of("name", "month", "n"), List.of(List.of("=cmd", YearMonth.of(2019, 1), 3L)))
                .print(OutputFormat.csv, new PrintWriter(text));

        assertThat(text.toString()).isEqualTo("name,month,n\r\n'=cmd,2019-01,3\r\n");
    }

    @Test
    void prints_json_without_neutralising_since_json_is_not_opened_by_spreadsheets() {
        StringWriter text = new StringWriter();

        new Listing(List.of("name", "n", "ok"), List.of(List.of("=cmd", 3L, true))).print(OutputFormat.json, new PrintWriter(text));

        assertThat(text.toString().replaceAll("\\s+", "")).isEqualTo("[{\"name\":\"=cmd\",\"n\":3,\"ok\":true}]");
    }
}
