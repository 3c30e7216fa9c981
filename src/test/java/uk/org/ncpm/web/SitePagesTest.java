package uk.org.ncpm.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.text.FigureColumns;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.ncpm.web.Figures.count;
import static uk.org.ncpm.web.Figures.notAvailable;
import static uk.org.ncpm.web.Figures.percentage;

/** The measure, data, about and accessibility pages on a real server on a random port, serving a hand-made snapshot. */
class SitePagesTest {

    private static final String PRC = "police recorded crime (Home Office open data tables)";
    private static final String STREET = "data.police.uk street records (proxy: includes non-domestic burglary and business robbery)";
    private static final List<Figure> FIGURES = List.of(
            count("homicide", "K04000001", "2019-06", "home-office-prc", PRC, 75, 58.99, 94.01, 12.6, 1e6, 75, "",
                    "this is the baseline year"),
            count("homicide", "K04000001", "2021-06", "home-office-prc", PRC, 63, 48.41, 80.6, 10.6, 1e6, 75,
                    "no significant change", ""),
            // Values chosen so that an order by value (Gwent 2, Lancashire 9, Avon 14) differs from the alphabetical one.
            count("homicide", "E23000003", "2021-06", "home-office-prc", PRC, 9, 4.1, 17.1, 6.0, 1e6, 11,
                    "no significant change", ""),
            count("homicide", "W15000002", "2021-06", "home-office-prc", PRC, 2, 0.24, 7.2, 3.4, 1e6, 3,
                    "no significant change", ""),
            count("homicide", "E23000036", "2021-06", "home-office-prc", PRC, 14, 7.7, 23.5, 8.1, 1e6, 12,
                    "no significant change", ""),
            count("homicide", "E23000003", "2020-06", "home-office-prc", PRC, 10, 4.8, 18.4, 6.7, 1e6, 11,
                    "no significant change", ""),
            count("neighbourhood-crime", "K04000001", "2020-03", "police-uk-street", STREET, 79000, 78500, 79500, 11.2, 1000,
                    81704, "statistically significant decrease",
                    "like-for-like: left out of both periods for missing data: Gwent Police"),
            notAvailable("neighbourhood-crime", "W15000002", "2020-03", "police-uk-street", STREET,
                    "months not complete: 2019-11 missing"),
            percentage("victim-satisfaction", "K04000001", "2021-06", 66.8, 65.4, 68.2, 66.9, "no significant change"));

    private RunningSite site;

    @BeforeEach
    void start() {
        site = RunningSite.of(new Snapshot(FIGURES, true));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void a_measure_page_shows_the_national_series_since_the_baseline_with_intervals_change_and_verdict() throws Exception {
        HttpResponse<String> page = get("/measures/homicide");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Reduce murder and other homicide – NCPM Monitor</title>")
                .contains("<h1 class=\"govuk-heading-xl\">Reduce murder and other homicide</h1>")
                .contains("<a class=\"govuk-breadcrumbs__link\" href=\"/\">England and Wales</a>")
                .contains("aria-current=\"page\">Reduce murder and other homicide</li>")
                .contains("England and Wales by rolling year, " + PRC + "</caption>")
                .contains("<th scope=\"col\" class=\"govuk-table__header\">Rolling year</th>")
                .contains("<th scope=\"row\" class=\"govuk-table__header\">year ending June 2019")
                .contains("baseline year")
                .contains("<th scope=\"row\" class=\"govuk-table__header\">year ending June 2021")
                .contains(">63<").contains(">48.4 to 80.6<").contains(">-12 (-16%)<").contains(">no significant change<")
                .contains("Rate per million residents")
                .contains("synthetic sample data");
    }

    @Test
    void a_measure_page_lists_the_forces_alphabetically_for_the_latest_year_never_by_value() throws Exception {
        String body = get("/measures/homicide").body();

        assertThat(body).contains("Forces in alphabetical order, year ending June 2021, " + PRC + "</caption>")
                .contains("<a class=\"govuk-link\" href=\"/forces/lancashire\">Lancashire Constabulary</a>")
                .contains("Forces are not ranked")
                .doesNotContainIgnoringCase("rank</th>").doesNotContainIgnoringCase("league");
        int avon = body.indexOf(">Avon and Somerset Constabulary<");
        int gwent = body.indexOf(">Gwent Police<");
        int lancashire = body.indexOf(">Lancashire Constabulary<");
        assertThat(avon).isPositive().isLessThan(gwent);
        assertThat(gwent).isLessThan(lancashire);
        // Only the latest year is in the force table: Lancashire's year ending June 2020 (10) is not.
        assertThat(body.substring(body.indexOf("Forces in alphabetical order"))).doesNotContain(">10<");
    }

    @Test
    void a_measure_page_charts_the_national_series_and_places_the_forces_on_a_funnel_plot_beside_their_table() throws Exception {
        String body = get("/measures/homicide").body();

        assertThat(body).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"chart-homicide-home-office-prc\"")
                .contains("<title id=\"chart-homicide-home-office-prc-title\">Police recorded homicide offences")
                .contains("aria-label=\"Funnel plot: Police recorded homicide offences")
                .contains("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"funnel-homicide-home-office-prc\"")
                .contains("Figures of the funnel plot, forces in alphabetical order, year ending June 2021")
                .contains("All 3 forces are within expected range.")
                .contains("href=\"/api/v1/series/homicide/K04000001.csv\">CSV")
                .contains("href=\"/api/v1/series/homicide/K04000001.json\">JSON")
                .doesNotContain("style=").doesNotContain("<script>");
        assertThat(body.indexOf("id=\"funnel-homicide-home-office-prc\""))
                .isLessThan(body.indexOf("Forces in alphabetical order, year ending June 2021"));
    }

    @Test
    void the_overview_says_success_is_judged_nationally_and_gives_small_charts_with_data_quality_notes() throws Exception {
        String body = get("/").body();

        assertThat(body).contains("Success is judged nationally: for England and Wales as a whole")
                .contains("id=\"overview-homicide-home-office-prc\"").contains("viewBox=\"0 0 320 ")
                .contains("app-chart-container--small")
                .contains("<li>Like-for-like: left out of both periods for missing data: Gwent Police.</li>")
                .contains("Force figures not available for the year ending March 2020: Gwent Police (months not complete: 2019-11 missing).")
                .contains("href=\"/measures/homicide#metric-homicide\">Every rolling year in a table");
    }

    @Test
    void a_measure_page_gives_each_metric_its_definition_source_unit_caveats_and_downloads() throws Exception {
        String body = get("/measures/homicide").body();

        assertThat(body).contains("<dt class=\"govuk-summary-list__key\">Definition</dt>")
                .contains("Police recorded homicide offences (murder, manslaughter, infanticide, corporate manslaughter)")
                .contains("Police recorded crime (Home Office open data tables): four quarterly counts summed; every quarter needed.")
                .contains("Count; rate per million residents")
                .contains("Down: a fall is an improvement")
                .contains("British Transport Police is not a territorial force and is not included.")
                .contains("The ONS's own England and Wales totals can include British Transport Police")
                .contains("href=\"/api/v1/figures/homicide.csv\">CSV<span class=\"govuk-visually-hidden\"> of Police recorded homicide")
                .contains("href=\"/api/v1/figures/homicide.json\">JSON")
                .contains("Homicides recorded in the Home Office Homicide Index")
                .contains("No figures for this metric are loaded yet.");
    }

    @Test
    void a_proxy_source_is_tagged_and_explained_and_missing_data_are_shown_as_not_available_with_the_reason() throws Exception {
        String body = get("/measures/neighbourhood-crime").body();

        assertThat(body).contains("<strong class=\"govuk-tag govuk-tag--grey\">Proxy</strong>")
                .contains("<strong class=\"govuk-tag govuk-tag--blue\">Local proxy</strong>")
                .contains("data.police.uk street records are a proxy, not police recorded crime, and are never mixed with it: "
                        + "police.uk Burglary includes non-domestic burglary; police.uk Robbery includes business robbery")
                .contains("like-for-like: left out of both periods for missing data: Gwent Police")
                .contains(">not available<").contains(">months not complete: 2019-11 missing<")
                .contains("<th scope=\"col\" class=\"govuk-table__header\">Notes</th>");
        assertThat(body.substring(body.indexOf(">Gwent Police<"))).contains(">..<");
    }

    @Test
    void a_survey_percentage_is_shown_with_its_published_interval_and_a_change_in_percentage_points() throws Exception {
        String body = get("/measures/victim-satisfaction").body();

        assertThat(body).contains(">66.8%<").contains(">65.4% to 68.2%<").contains(">-0.1 percentage points<")
                .contains("A survey estimate with its published 95% confidence interval")
                .contains("Up: a rise is an improvement");
    }

    @Test
    void an_unknown_measure_is_a_404_page_that_names_the_measures() throws Exception {
        HttpResponse<String> page = get("/measures/rape");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found").contains("govuk-header")
                .contains("There is no measure called 'rape'. The measures are: homicide, serious-violence, drugs, "
                        + "neighbourhood-crime, cyber, victim-satisfaction.");
    }

    @Test
    void the_overview_links_each_measure_heading_to_its_page() throws Exception {
        String body = get("/").body();

        assertThat(body).contains("<a class=\"govuk-link\" href=\"/measures/homicide\">Reduce murder and other homicide</a>")
                .contains("<a class=\"govuk-link\" href=\"/measures/victim-satisfaction\">");
        for (String measure : List.of("homicide", "serious-violence", "drugs", "neighbourhood-crime", "cyber", "victim-satisfaction")) {
            assertThat(get("/measures/" + measure).statusCode()).as(measure).isEqualTo(200);
        }
    }

    @Test
    void the_data_page_offers_every_download_explains_the_api_and_every_csv_column_and_gives_the_provenance() throws Exception {
        HttpResponse<String> page = get("/data");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1 class=\"govuk-heading-xl\">Data and API</h1>")
                .contains("href=\"/api/v1/figures.csv\">All figures as CSV</a>")
                .contains("href=\"/api/v1/figures/homicide.csv\">CSV<span class=\"govuk-visually-hidden\"> of Police recorded homicide")
                .contains("href=\"/api/v1/figures/drug-trafficking.csv\">CSV")
                .contains("/api/v1/figures?metric=homicide&amp;area=K04000001&amp;period=2021-06")
                .contains("Accept: text/csv")
                .contains("<code>404</code> for an unknown metric, area, measure or force")
                .contains("<code>400</code> for a period")
                .contains("/api/v1/measures").contains("/api/v1/forces/{code}")
                .contains("<dt class=\"govuk-summary-list__key\">Catalogue version</dt>")
                .contains("Input files (vintages) behind the figures");
        for (String column : FigureColumns.NAMES) {
            assertThat(page.body()).as(column).contains("<th scope=\"row\" class=\"govuk-table__header\">" + column);
        }
        // Figures name vintages 7, 8 and 9 between them.
        assertThat(page.body()).containsPattern("Input files \\(vintages\\)</dt>\\s*<dd class=\"govuk-summary-list__value\">\\s*3\\s*</dd>");
    }

    @Test
    void the_about_page_explains_the_method_in_plain_english() throws Exception {
        HttpResponse<String> page = get("/about");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1 class=\"govuk-heading-xl\">About the figures</h1>")
                .contains("year ending June 2019").contains("rolling year").contains("like-for-like")
                .contains("Garwood").contains("exact conditional test").contains("statistically significant decrease")
                .contains("Funnel plots").contains("99.8%").contains("Statistical process control")
                .contains("Sources are never mixed").contains("Sample data")
                .contains("version " + uk.org.ncpm.catalogue.Catalogue.bundled().version())
                .contains("never ranks forces");
    }

    @Test
    void the_accessibility_statement_says_what_is_tested_and_that_the_site_is_partially_compliant() throws Exception {
        HttpResponse<String> page = get("/accessibility");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1 class=\"govuk-heading-xl\">Accessibility statement for NCPM Monitor</h1>")
                .contains("partially compliant").contains("WCAG 2.2").contains("axe-core").contains("JavaScript switched off")
                .contains("wide").contains("Reporting accessibility problems")
                .contains("This statement was prepared on 26 November 2026.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/measures/drugs", "/data", "/about", "/accessibility", "/forces/gwent", "/no-such-page"})
    void every_page_has_the_footer_links_with_descriptive_text(String path) throws Exception {
        assertThat(get(path).body())
                .contains("<a class=\"govuk-footer__link\" href=\"/data\">Data and API</a>")
                .contains("<a class=\"govuk-footer__link\" href=\"/about\">About the figures</a>")
                .contains("<a class=\"govuk-footer__link\" href=\"/accessibility\">Accessibility statement</a>");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return site.get(path, "text/html");
    }
}
