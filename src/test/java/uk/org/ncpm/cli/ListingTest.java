package uk.org.ncpm.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ListingTest {

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
