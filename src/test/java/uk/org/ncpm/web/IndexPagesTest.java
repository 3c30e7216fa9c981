package uk.org.ncpm.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The header navigation, /measures, /forces and its finder, on a real server with an empty sample snapshot. */
class IndexPagesTest {

    private RunningSite site;

    @BeforeEach
    void start() {
        site = RunningSite.of(new Snapshot(List.of(), true));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void every_page_has_the_header_navigation_with_its_own_section_marked() throws Exception {
        String measures = site.get("/measures", "text/html").body();

        assertThat(measures).contains("<a class=\"govuk-service-navigation__link\" href=\"/forces\">Police forces</a>")
                .contains("href=\"/data\">Data and API</a>").contains("href=\"/about\">About the figures</a>")
                .contains("href=\"/measures\" aria-current=\"true\"><strong class=\"govuk-service-navigation__active-fallback\">Measures</strong>");
        assertThat(site.get("/", "text/html").body()).contains("govuk-service-navigation__list").doesNotContain("aria-current=\"true\"");
    }

    @Test
    void the_measures_page_lists_the_six_measures_with_their_metrics_and_where_each_is_published() throws Exception {
        HttpResponse<String> page = site.get("/measures", "text/html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1 class=\"govuk-heading-xl\">The six national measures</h1>")
                .contains("href=\"/measures/homicide\">Reduce murder and other homicide</a>")
                .contains("href=\"/measures/victim-satisfaction\">")
                .contains("England and Wales and each police force")
                .contains("England and Wales only")
                .contains("synthetic sample data");
        assertThat(page.body().split("<h2 class=\"govuk-heading-m\">", -1)).hasSize(7);
    }

    @Test
    void the_forces_page_lists_all_43_forces_by_region_and_every_local_authority() throws Exception {
        String body = site.get("/forces", "text/html").body();

        assertThat(body.split("<li><a class=\"govuk-link\" href=\"/forces/", -1)).hasSize(44);
        assertThat(body).contains("<h3 class=\"govuk-heading-s\">Wales</h3>")
                .contains("<li>Cardiff: <a class=\"govuk-link\" href=\"/forces/south-wales\">South Wales Police</a></li>")
                .contains("<li>Isles of Scilly: <a class=\"govuk-link\" href=\"/forces/devon-and-cornwall\">")
                .doesNotContain("id=\"results\"");
        assertThat(body.split("<li>[^<]*: <a class=\"govuk-link\" href=\"/forces/", -1)).hasSize(349);
    }

    @Test
    void the_finder_leads_a_council_name_to_its_force_without_javascript() throws Exception {
        String leeds = site.get("/forces?q=leeds", "text/html").body();
        String newcastle = site.get("/forces?q=Newcastle", "text/html").body();

        assertThat(leeds).contains("1 result for ‘leeds’.")
                .contains("<li>Leeds (local authority): <a class=\"govuk-link\" href=\"/forces/west-yorkshire\">West Yorkshire Police</a></li>");
        assertThat(newcastle).contains("2 results for ‘Newcastle’.")
                .contains("Newcastle upon Tyne (local authority): <a class=\"govuk-link\" href=\"/forces/northumbria\">")
                .contains("Newcastle-under-Lyme (local authority): <a class=\"govuk-link\" href=\"/forces/staffordshire\">");
    }

    @Test
    void the_finder_matches_force_names_and_says_plainly_when_nothing_matches() throws Exception {
        assertThat(site.get("/forces?q=gwent", "text/html").body()).contains("<li>Gwent Police: <a class=\"govuk-link\" href=\"/forces/gwent\">");
        assertThat(site.get("/forces?q=Atlantis", "text/html").body())
                .contains("No police force or local authority in England and Wales matches ‘Atlantis’.");
        assertThat(site.get("/forces?q=%3Cscript%3E", "text/html").body()).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void a_page_not_found_carries_the_sample_banner_of_a_sample_store() throws Exception {
        HttpResponse<String> page = site.get("/no-such-page", "text/html");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found").contains("synthetic sample data");
    }

    @Test
    void the_api_reference_lists_every_address_of_the_openapi_document_with_its_parameters() throws Exception {
        com.fasterxml.jackson.databind.JsonNode openApi = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(site.get("/api/openapi.json", "application/json").body());
        String page = site.get("/data/api", "text/html").body();

        assertThat(page).contains("<h1 class=\"govuk-heading-xl\">API reference</h1>")
                .contains("<h2 class=\"govuk-heading-m\" id=\"listFigures\"><code>/api/v1/figures</code></h2>")
                .contains("<dt class=\"govuk-summary-list__key\"><code>metric</code></dt>")
                .contains("one of 43 values, such as ");
        assertThat(page.split("<h2 class=\"govuk-heading-m\" id=", -1)).hasSize(openApi.get("paths").size() + 1);
        assertThat(site.get("/data", "text/html").body()).contains("<a class=\"govuk-link\" href=\"/data/api\">API reference</a>");
    }
}
