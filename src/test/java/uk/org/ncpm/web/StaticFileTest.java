package uk.org.ncpm.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaticFileTest {

    @ParameterizedTest(name = "{0} ? {1} ({2}) -> {3}, linked as {4}")
    @CsvSource(nullValues = "null", value = {
            "/,                          null,                   text/html; charset=utf-8, index.html,                             /",
            "/forces/gwent,              null,                   text/html,                forces/gwent/index.html,                /forces/gwent",
            "/forces/,                   null,                   text/html,                forces/index.html,                      /forces/",
            "/about.html,                null,                   text/html,                about.html,                             /about.html",
            "/api/v1/figures.csv,        null,                   text/csv,                 api/v1/figures.csv,                     /api/v1/figures.csv",
            "/api/v1/figures,            null,                   application/json,         api/v1/figures.json,                    /api/v1/figures.json",
            "/api/v1/,                   null,                   application/json,         api/v1/index.json,                      /api/v1/index.json",
            "/api/v1/figures.csv,        metric=homicide,        text/csv,                 api/v1/figures_metric-homicide.csv,     /api/v1/figures_metric-homicide.csv",
            "/api/v1/figures,            period=2021-06&metric=knife-crime, application/json, api/v1/figures_metric-knife-crime_period-2021-06.json, /api/v1/figures_metric-knife-crime_period-2021-06.json",
            "/forces,                    region=E12000001,       text/html,                forces_region-E12000001/index.html,     /forces_region-E12000001/",
            "/,                          lang=cy,                text/html,                _lang-cy/index.html,                    /_lang-cy/",
            "/api/v1/figures.csv,        area=a%20b_c&x,         text/csv,                 api/v1/figures_area-a~20b~5Fc_x.csv,    /api/v1/figures_area-a~20b~5Fc_x.csv",
            "/assets/fonts/bold.woff2,   null,                   font/woff2,               assets/fonts/bold.woff2,                /assets/fonts/bold.woff2",
            "/forces/ynys%20m%C3%B4n,    null,                   text/html,                forces/ynys môn/index.html,             /forces/ynys%20m%C3%B4n",
            "/data,                      null,                   application/x-unknown,    data.bin,                               /data.bin",
    })
    void maps_an_address_to_a_file_and_the_link_that_reaches_it(String path, String query, String type, String file, String href) {
        assertThat(StaticFile.of(path, query, type)).isEqualTo(new StaticFile(file, href));
    }

    @Test
    void the_query_string_becomes_part_of_the_name_in_parameter_order_so_order_does_not_matter() {
        assertThat(StaticFile.querySuffix("b=2&a=1")).isEqualTo(StaticFile.querySuffix("a=1&b=2")).isEqualTo("_a-1_b-2");
        assertThat(StaticFile.querySuffix("")).isEmpty();
        assertThat(StaticFile.querySuffix(null)).isEmpty();
        // a dash ends a name, so these two differ
        assertThat(StaticFile.querySuffix("a-b=c")).isNotEqualTo(StaticFile.querySuffix("a=b-c"));
    }

    @Test
    void refuses_an_address_that_cannot_be_a_file() {
        assertThatThrownBy(() -> StaticFile.of("/a/%2E%2E/b", null, "text/html")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StaticFile.of("/a%5Cb", null, "text/html")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StaticFile.of("/a//b", null, "text/html")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StaticFile.of("a", null, "text/html")).isInstanceOf(IllegalArgumentException.class);
    }
}
