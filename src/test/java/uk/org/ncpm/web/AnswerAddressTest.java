package uk.org.ncpm.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Addresses that mean the same are kept once; a malformed one has no address at all. */
class AnswerAddressTest {

    @Test
    void the_negotiated_format_not_the_raw_accept_header_is_in_the_address() {
        AnswerAddress csv = AnswerAddress.of("/api/v1/figures", "metric=homicide", "text/csv").orElseThrow();

        assertThat(AnswerAddress.of("/api/v1/figures", "metric=homicide", "text/csv;q=1, application/json;q=0.1"))
                .contains(csv);
        assertThat(AnswerAddress.of("/api/v1/figures", "metric=homicide", "application/json").orElseThrow().format()).isEqualTo("json");
        assertThat(AnswerAddress.of("/api/v1/figures", "metric=homicide", "x-junk/" + "a".repeat(50)).orElseThrow().format()).isEqualTo("json");
        assertThat(csv.format()).isEqualTo("csv");
        // a suffix or a page decides the format whatever the header says
        assertThat(AnswerAddress.of("/api/v1/figures.json", null, "text/csv").orElseThrow().format()).isEmpty();
        assertThat(AnswerAddress.of("/forces/gwent", null, "text/csv")).isEqualTo(AnswerAddress.of("/forces/gwent", null, "text/html"));
    }

    @Test
    void the_query_is_kept_in_one_spelling_parameters_in_name_order() {
        AnswerAddress plain = AnswerAddress.of("/api/v1/figures", "area=gwent&metric=homicide", null).orElseThrow();

        assertThat(AnswerAddress.of("/api/v1/figures", "metric=homicide&area=gwent", null)).contains(plain);
        assertThat(AnswerAddress.of("/api/v1/figures", "metric=%68omicide&&area=gwent", null)).contains(plain);
        assertThat(AnswerAddress.of("/api/v1/figures", "metric=a&metric=b", null).orElseThrow().query()).isEqualTo("metric=a&metric=b");
        assertThat(AnswerAddress.of("/api/v1/figures", "", null).orElseThrow().hasQuery()).isFalse();
        assertThat(plain.hasQuery()).isTrue();
    }

    @Test
    void percent_escapes_of_unreserved_characters_are_decoded_and_others_put_in_upper_case() {
        assertThat(PercentEncoding.canonical("/forces/%67went")).contains("/forces/gwent");
        assertThat(PercentEncoding.canonical("q=a%2fb%20c")).contains("q=a%2Fb%20c");
        assertThat(PercentEncoding.canonical("plain")).contains("plain");
    }

    @Test
    void a_percent_not_followed_by_two_hex_digits_is_malformed() {
        assertThat(PercentEncoding.canonical("metric=homicide%")).isEmpty();
        assertThat(PercentEncoding.canonical("area=%zz")).isEmpty();
        assertThat(PercentEncoding.canonical("area=%4")).isEmpty();
        assertThat(AnswerAddress.of("/api/v1/figures", "metric=homicide%", null)).isEmpty();
        assertThat(AnswerAddress.of("/forces/gw%zzent", null, null)).isEmpty();
        assertThat(PercentEncoding.wellFormed(null)).isTrue();
    }
}
