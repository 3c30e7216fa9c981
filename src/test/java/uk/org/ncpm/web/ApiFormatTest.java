package uk.org.ncpm.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ApiFormatTest {

    @ParameterizedTest(name = "Accept: {0} -> CSV {1}")
    @CsvSource(delimiter = '|', value = {
            "text/csv                                  | true",
            "text/csv; charset=utf-8                   | true",
            "TEXT/CSV                                  | true",
            "text/*                                    | true",
            "text/csv;q=0.9, application/json          | false",
            "application/json, text/csv                | false",
            "application/json;q=0.5, text/csv          | true",
            "*/*                                       | false",
            "*/*;q=0.1, text/csv                       | true",
            "text/html,application/xhtml+xml,*/*;q=0.8 | false",
            "application/json                          | false",
            "text/csv;q=0                              | false",
            "text/csv;q=oops                           | false",
            "''                                        | false",
    })
    void csv_only_when_the_client_prefers_it_to_json(String accept, boolean csv) {
        assertThat(ApiFormat.prefersCsv(accept)).isEqualTo(csv);
    }

    @org.junit.jupiter.api.Test
    void no_accept_header_is_json() {
        assertThat(ApiFormat.prefersCsv(null)).isFalse();
    }
}
