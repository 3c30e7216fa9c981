package uk.org.ncpm.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.measures.FigureExample;

import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/** The site on a real server on a random port, serving a snapshot of two figures. */
class WebAppTest {

    private static final Figure HOMICIDE = FigureExample.of("homicide", "K04000001", YearMonth.of(2021, 6))
            .source("home-office-prc", "police recorded crime (Home Office open data tables)").value(63, 48.41, 80.6)
            .rate(10.551, 1_000_000, 5_971_000, 2020).baseline(75)
            .verdict(uk.org.ncpm.stats.Verdict.NO_SIGNIFICANT_CHANGE, "no significant change", 0.3342).files("1:abc").build();
    private static final Figure GWENT = FigureExample.of("neighbourhood-crime", "W15000002", YearMonth.of(2020, 3))
            .source("police-uk-street", "data.police.uk street records (proxy)")
            .notAvailable("months not complete: 2019-11 missing");

    private RunningSite site;

    @BeforeEach
    void start() {
        site = RunningSite.of(new Snapshot(List.of(HOMICIDE, GWENT), true));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void the_overview_shows_the_national_figure_with_its_interval_verdict_and_the_sample_banner() throws Exception {
        HttpResponse<String> page = site.get("/", "text/html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("National Crime and Policing Measures: England and Wales")
                .contains("synthetic sample data")
                .contains("year ending June 2021")
                .contains("63 (48.4 to 80.6)")
                .contains("-12 (-16%)")
                .contains("no significant change")
                .contains("No figures for this measure are loaded yet.");
    }

    @Test
    void every_response_carries_the_security_headers() throws Exception {
        HttpResponse<String> page = site.get("/", "text/html");

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'").contains("script-src 'self'").contains("frame-ancestors 'none'")
                        .doesNotContain("unsafe-inline"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    }

    @Test
    void the_api_gives_the_figures_as_json_and_as_csv_with_the_published_columns() throws Exception {
        HttpResponse<String> json = site.get("/api/v1/figures?area=K04000001", "application/json");
        HttpResponse<String> csv = site.get("/api/v1/figures?metric=neighbourhood-crime", "text/csv");

        assertThat(json.body()).startsWith("{").contains("\"sample\":true")
                .contains("\"value\":63,\"lower\":48.41,\"upper\":80.6,\"rate\":10.551,\"baseline\":75,\"change\":-12,"
                        + "\"change_pct\":-16,\"p_value\":0.3342,\"verdict\":\"no significant change\"");
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body().split("\r\n")).containsExactly(
                "metric,area_code,period_end,value,lower,upper,rate,baseline,change,change_pct,p_value,verdict,status,source,"
                        + "rate_per,population_year,change_basis,value_change,phi,compared_on,published,published_note,footnotes,"
                        + "area_name,reason,sample_data",
                "neighbourhood-crime,W15000002,2020-03,..,..,..,..,..,..,..,..,..,not available,police-uk-street,,,,,,,,,,"
                        + "Gwent Police,months not complete: 2019-11 missing,SAMPLE DATA - synthetic - not real crime figures");
        assertThat(site.get("/api/v1/figures.csv?area=gwent", "*/*").body()).isEqualTo(csv.body());
    }

    @Test
    void a_metric_as_a_path_segment_gives_the_same_files_as_the_query_so_a_static_copy_can_hold_them() throws Exception {
        HttpResponse<String> csv = site.get("/api/v1/figures/neighbourhood-crime.csv", "*/*");
        HttpResponse<String> json = site.get("/api/v1/figures/homicide.json", "text/csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).isEqualTo(site.get("/api/v1/figures.csv?metric=neighbourhood-crime", "*/*").body());
        assertThat(csv.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"SAMPLE-ncpm-figures-neighbourhood-crime.csv\"");
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(json.body()).isEqualTo(site.get("/api/v1/figures?metric=homicide", "application/json").body());
        assertThat(site.get("/api/v1/figures.json", "text/csv").body()).isEqualTo(site.get("/api/v1/figures", "application/json").body());
        HttpResponse<String> unknown = site.get("/api/v1/figures/nope.csv", "*/*");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("{\"status\":404,\"message\":\"unknown metric 'nope'; the metrics are listed at /api/v1/measures\"}");
    }

    @Test
    void serves_the_openapi_document_and_links_the_figures_files_that_a_static_copy_holds() throws Exception {
        HttpResponse<String> openApi = site.get("/api/openapi.json", "*/*");

        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(openApi.body()).isEqualTo(new String(OpenApiDocument.json(Catalogue.bundled()), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(site.get("/", "text/html").body()).contains("href=\"/api/v1/figures.json\"").contains("href=\"/api/v1/figures.csv\"");
    }

    @Test
    void bad_requests_get_a_json_message_and_a_4xx_never_a_stack_trace() throws Exception {
        HttpResponse<String> metric = site.get("/api/v1/figures?metric=nope", "*/*");
        HttpResponse<String> area = site.get("/api/v1/figures?area=atlantis", "*/*");
        HttpResponse<String> period = site.get("/api/v1/figures?period=June", "*/*");

        assertThat(metric.statusCode()).isEqualTo(404);
        assertThat(metric.body()).isEqualTo("{\"status\":404,\"message\":\"unknown metric 'nope'; the metrics are listed at /api/v1/measures\"}");
        assertThat(area.statusCode()).isEqualTo(404);
        assertThat(area.body()).contains("unknown area 'atlantis'");
        assertThat(period.statusCode()).isEqualTo(400);
        assertThat(period.body()).contains("period must be YYYY-MM, e.g. 2019-06; found 'June'").doesNotContain("Exception");
    }

    @Test
    void a_force_page_is_found_by_code_or_police_uk_name_and_says_when_a_year_is_not_available() throws Exception {
        HttpResponse<String> bySlug = site.get("/forces/gwent", "text/html");
        HttpResponse<String> byCode = site.get("/forces/W15000002", "text/html");

        assertThat(bySlug.statusCode()).isEqualTo(200);
        assertThat(bySlug.body()).isEqualTo(byCode.body())
                .contains("<h1 class=\"govuk-heading-xl\">Gwent Police</h1>")
                .contains("year ending March 2020")
                .contains("not available: not all twelve months of data are available: November 2019 missing")
                .contains("A proxy: data.police.uk categories are wider than police recorded crime");
        assertThat(site.get("/", "text/html").body()).contains("<a class=\"govuk-link\" href=\"/forces/gwent\">Gwent Police</a>");
    }

    @Test
    void an_unknown_force_is_a_404_that_says_how_forces_are_found() throws Exception {
        HttpResponse<String> page = site.get("/forces/atlantis", "text/html");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("There is no police force called 'atlantis'. Forces are found by their ONS code");
    }

    @Test
    void an_unknown_page_is_a_404_page_in_the_site_layout() throws Exception {
        HttpResponse<String> page = site.get("/no/such/page", "text/html");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found").contains("There is no page at /no/such/page.")
                .contains("govuk-header");
    }

    @Test
    void serves_the_gov_uk_stylesheet_and_its_fonts_from_the_webjar() throws Exception {
        HttpResponse<String> css = site.get("/stylesheets/govuk-frontend.min.css", "text/css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains(".govuk-header");
        assertThat(site.get("/assets/images/favicon.ico", "*/*").statusCode()).isEqualTo(200);
        // Jetty refuses the ambiguous path itself (400); the asset route would answer 404.
        assertThat(site.get("/assets/../../secret", "*/*").statusCode()).isBetween(400, 404);
        assertThat(site.get("/assets/images/nothing-here.png", "*/*").statusCode()).isEqualTo(404);
    }
}
