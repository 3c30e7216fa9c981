package uk.org.ncpm.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.cli.Ncpm;
import uk.org.ncpm.sample.SampleDataset;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site as people get it: Debian's Chromium on a server of the sample dataset (scale 0.02),
 * checked for content, agreement with the API, WCAG 2.2 AA (axe-core) and JavaScript switched off.
 * Screenshots are kept in target/screenshots.
 */
class SiteBrowserIT {

    @TempDir
    static Path dir;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void serveTheSampleDataset() throws Exception {
        Path sample = dir.resolve("sample");
        Path store = dir.resolve("ncpm.duckdb");
        new SampleDataset(Catalogue.bundled(), 2019, 0.02).write(sample);
        ncpm("ingest", "--store", store.toString(), sample.toString());
        ncpm("compute", "--store", store.toString());
        chromium = HeadlessChromium.launch(RunningSite.ofStore(store));
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void the_overview_shows_the_sample_banner_and_the_national_figure_the_api_gives() throws Exception {
        Page page = chromium.newPage();
        Response response = page.navigate(chromium.url("/"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(page.title()).isEqualTo("England and Wales overview – NCPM Monitor");
        assertThat(page.locator("h1").textContent()).isEqualTo("National Crime and Policing Measures: England and Wales");
        assertThat(page.locator("main").getByRole(AriaRole.REGION, new Locator.GetByRoleOptions().setName("Sample data"))
                .textContent()).contains("synthetic sample data").contains("not real crime figures");

        JsonNode api = latestNationalFigure(page, "neighbourhood-crime", "police-uk-street");
        String metricName = Catalogue.bundled().metric("neighbourhood-crime").orElseThrow().name();
        Locator row = page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(metricName))
                .filter(new Locator.FilterOptions().setHasText(api.get("source_label").asText()));
        assertThat(row.locator("td").nth(1).textContent())
                .startsWith(String.format(Locale.UK, "%,d (", api.get("value").asLong()));
    }

    @Test
    void the_first_tab_reaches_the_skip_link_which_leads_to_the_main_content() {
        Page page = chromium.open("/");

        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.textContent")).isEqualTo("Skip to main content");
        page.keyboard().press("Enter");
        assertThat(page.url()).endsWith("/#main-content");
    }

    @Test
    void an_unknown_address_gives_the_page_not_found_page_with_a_way_back() {
        Page page = chromium.newPage();
        Response response = page.navigate(chromium.url("/no-such-page"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.title()).isEqualTo("Page not found – NCPM Monitor");
        assertThat(page.locator("h1").textContent()).isEqualTo("Page not found");
        assertThat(page.locator("main").textContent()).contains("There is no page at /no-such-page.");
        assertThat(page.locator("main a").getAttribute("href")).isEqualTo("/");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({"/, overview", "/no-such-page, not-found"})
    void every_page_meets_wcag_2_2_aa_as_axe_checks_it(String path, String name) {
        Page page = chromium.open(path);
        chromium.screenshot(page, name);

        assertThat(chromium.accessibilityViolations(page)).as("axe-core violations on " + path).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({"/measures, measures-index", "/forces, forces-index", "/forces?q=newcastle, forces-finder", "/data, data-page",
            "/about, about-page", "/accessibility, accessibility-page", "/feedback, feedback-page", "/no-such-page, not-found-page",
            "/data/api, api-reference"})
    void the_index_and_text_pages_meet_wcag_2_2_aa_and_fit_a_320_pixel_phone(String path, String name) {
        Page wide = chromium.open(path);
        chromium.screenshot(wide, name + "-1280");
        Page phone = chromium.newPage();
        phone.setViewportSize(320, 800);
        phone.navigate(chromium.url(path));
        chromium.screenshot(phone, name + "-320");

        assertThat(chromium.accessibilityViolations(wide)).as("axe-core violations on " + path).isEmpty();
        assertThat(chromium.accessibilityViolations(phone)).as("axe-core violations at 320 px on " + path).isEmpty();
        assertThat((Integer) phone.evaluate("document.documentElement.scrollWidth")).as("page width at 320 px").isLessThanOrEqualTo(320);
    }

    @Test
    void a_resident_finds_their_force_by_council_with_the_keyboard_and_javascript_off() {
        Page page = chromium.newPageWithoutJavaScript();
        page.navigate(chromium.url("/"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Police forces").setExact(true)).first().focus();
        page.keyboard().press("Enter");
        page.waitForURL("**/forces");
        page.getByLabel("Find your police force").focus();
        page.keyboard().type("Cardiff");
        page.keyboard().press("Enter");
        page.waitForURL("**/forces?q=Cardiff");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("South Wales Police")).first().focus();
        page.keyboard().press("Enter");
        page.waitForURL("**/forces/south-wales");

        assertThat(page.locator("h1").innerText()).contains("South Wales Police");
    }

    @Test
    void the_overview_shows_the_same_figures_with_javascript_off() {
        Page scripted = chromium.newPage();
        scripted.navigate(chromium.url("/"));
        Page plain = chromium.newPageWithoutJavaScript();
        plain.navigate(chromium.url("/"));
        chromium.screenshot(plain, "overview-without-javascript");

        assertThat(plain.locator("main table").allInnerTexts()).isNotEmpty()
                .isEqualTo(scripted.locator("main table").allInnerTexts());
        assertThat(plain.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Sample data")).isVisible()).isTrue();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({"/measures/homicide, measure-homicide", "/measures/serious-violence, measure-serious-violence",
            "/measures/drugs, measure-drugs", "/measures/neighbourhood-crime, measure-neighbourhood-crime",
            "/measures/cyber, measure-cyber", "/measures/victim-satisfaction, measure-victim-satisfaction",
            "/measures/no-such-measure, measure-not-found", "/data, data", "/about, about", "/accessibility, accessibility"})
    void the_measure_data_about_and_accessibility_pages_meet_wcag_2_2_aa_as_axe_checks_them(String path, String name) {
        Page page = chromium.open(path);
        chromium.screenshot(page, name);

        assertThat(chromium.accessibilityViolations(page)).as("axe-core violations on " + path).isEmpty();
    }

    @Test
    void a_measure_page_gives_the_national_figure_the_api_gives_and_lists_the_forces_alphabetically() throws Exception {
        Page page = chromium.open("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reduce neighbourhood crime")).click();

        assertThat(page.url()).endsWith("/measures/neighbourhood-crime");
        assertThat(page.locator("h1").textContent()).isEqualTo("Reduce neighbourhood crime");
        JsonNode api = latestNationalFigure(page, "neighbourhood-crime", "police-uk-street");
        Locator national = page.locator("table").filter(new Locator.FilterOptions().setHas(page.locator("caption",
                new Page.LocatorOptions().setHasText("England and Wales by rolling year, " + api.get("source_label").asText()))));
        Locator latest = national.locator("tbody tr").last();
        assertThat(latest.locator("th").textContent().strip()).isEqualTo("year ending June 2021");
        assertThat(latest.locator("td").first().textContent().strip())
                .isEqualTo(String.format(Locale.UK, "%,d", api.get("value").asLong()));

        Locator forces = page.locator("table").filter(new Locator.FilterOptions().setHas(page.locator("caption",
                new Page.LocatorOptions().setHasText("Forces in alphabetical order, year ending June 2021, "
                        + api.get("source_label").asText()))));
        java.util.List<String> names = forces.locator("tbody th").allTextContents().stream().map(String::strip).toList();
        assertThat(names).hasSize(43).isSorted().contains("Gwent Police");
    }

    @Test
    void a_measure_page_shows_the_national_chart_and_the_funnel_plot_whose_figures_equal_the_series_api() throws Exception {
        Page page = chromium.open("/measures/homicide");
        String source = "police recorded crime (Home Office open data tables)";

        Locator trend = page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                .setName("Police recorded homicide offences (murder, manslaughter, infanticide, corporate manslaughter), "
                        + "England and Wales, by rolling year (" + source + ")"));
        assertThat(trend.isVisible()).isTrue();
        assertThat(trend.locator(".app-chart__baseline").count()).isEqualTo(1);
        Locator funnel = page.locator("svg#funnel-homicide-home-office-prc");
        assertThat(funnel.isVisible()).isTrue();
        assertThat(funnel.getAttribute("role")).isEqualTo("img");
        // City of London has no per-resident rate (docs/method.md, "Rates"): 42 forces on the plot
        assertThat(funnel.locator(".app-chart__point").count()).isEqualTo(42);

        // The series download the page links to is the API's answer; the page's latest figure is its latest.
        String csvHref = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("CSV of the England and Wales series of Police recorded homicide offences")).first().getAttribute("href");
        assertThat(csvHref).isEqualTo("/api/v1/series/homicide/K04000001.csv");
        JsonNode series = new ObjectMapper().readTree(page.request().get(chromium.url("/api/v1/series/homicide/K04000001.json")).text());
        JsonNode latest = StreamSupport.stream(series.get("figures").spliterator(), false)
                .filter(f -> f.get("source").asText().equals("home-office-prc")).reduce((a, b) -> b).orElseThrow();
        Locator national = page.locator("table").filter(new Locator.FilterOptions().setHas(page.locator("caption",
                new Page.LocatorOptions().setHasText("England and Wales by rolling year, " + source))));
        assertThat(national.locator("tbody tr").last().locator("td").first().textContent().strip())
                .isEqualTo(String.format(Locale.UK, "%,d", latest.get("value").asLong()));
        assertThat(page.request().get(chromium.url(csvHref)).text()).startsWith("metric,area_code,period_end,value,");

        // Each force on the funnel plot has the count the series API gives for it; forces outside the limits are named in words.
        page.locator("summary").filter(new Locator.FilterOptions().setHasText("Figures of the funnel plot")).first().click();
        Locator rows = page.locator("table").filter(new Locator.FilterOptions().setHas(page.locator("caption",
                new Page.LocatorOptions().setHasText("Figures of the funnel plot")))).first().locator("tbody tr");
        assertThat(rows.count()).isEqualTo(43);
        String description = funnel.locator(":scope > desc").textContent();
        for (int i = 0; i < rows.count(); i += 7) {
            Locator row = rows.nth(i);
            String slug = row.locator("th a").getAttribute("href").replace("/forces/", "");
            JsonNode force = new ObjectMapper().readTree(page.request().get(chromium.url("/api/v1/series/homicide/" + slug + ".json")).text());
            JsonNode year = StreamSupport.stream(force.get("figures").spliterator(), false)
                    .filter(f -> f.get("source").asText().equals("home-office-prc")).reduce((a, b) -> b).orElseThrow();
            assertThat(row.locator("td").first().textContent().strip().replace(",", "")).as(slug).isEqualTo(year.get("value").asText());
            String position = row.locator("td").last().textContent().strip();
            if (!position.equals("within expected range")) {
                assertThat(description).contains(row.locator("th").textContent().strip());
            }
        }
        chromium.screenshot(page, "measure-homicide-funnel-open");
        assertThat(chromium.accessibilityViolations(page)).as("axe-core violations with the funnel figures open").isEmpty();
    }

    @Test
    void the_overview_draws_a_small_chart_with_a_name_for_every_headline_figure() {
        Page page = chromium.open("/");

        int figures = page.locator("main tbody tr").count();
        Locator charts = page.locator("main .app-chart-container--small svg[role=img]");
        assertThat(figures).isPositive();
        assertThat(charts.count()).isEqualTo(figures);
        for (int i = 0; i < charts.count(); i++) {
            assertThat(charts.nth(i).locator(":scope > title").textContent()).contains(", by rolling year (");
            assertThat(charts.nth(i).locator(":scope > desc").textContent()).startsWith("Line chart by rolling year");
        }
        assertThat(page.locator("main").textContent()).contains("Success is judged nationally");
    }

    @Test
    void the_footer_leads_to_the_data_about_and_accessibility_pages_with_javascript_off() {
        Page page = chromium.newPageWithoutJavaScript();
        page.navigate(chromium.url("/measures/homicide"));
        Locator footer = page.locator("footer");

        footer.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Data and API")).click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Data and API");
        page.locator("footer").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("About the figures")).click();
        assertThat(page.locator("h1").textContent()).isEqualTo("About the figures");
        page.locator("footer").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Accessibility statement")).click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Accessibility statement for NCPM Monitor");
        assertThat(page.locator("main").textContent()).contains("partially compliant");
    }

    @Test
    void the_force_page_opens_with_a_summary_and_a_contents_list_whose_links_each_lead_to_one_unique_section() {
        Page page = chromium.open("/forces/gwent");

        assertThat(page.locator("#force-summary").textContent()).startsWith("Of the ")
                .contains("for Gwent Police in their latest rolling year").contains("baseline year ending June 2019");
        assertThat(page.locator("main").textContent()).contains("Success is judged for England and Wales as a whole");
        java.util.List<String> h2 = page.locator("main h2").allTextContents().stream().map(String::strip).toList();
        assertThat(h2).doesNotHaveDuplicates()
                .containsSubsequence(Catalogue.bundled().measures().stream().map(uk.org.ncpm.catalogue.Measure::name).toList());
        Locator links = page.locator("nav.app-contents-list a");
        assertThat(links.count()).isGreaterThanOrEqualTo(8);
        for (int i = 0; i < links.count(); i++) {
            String href = links.nth(i).getAttribute("href");
            assertThat(href).startsWith("#");
            Locator target = page.locator(href);
            assertThat(target.count()).as(href).isEqualTo(1);
            assertThat(target.evaluate("e => e.tagName")).as(href).isEqualTo("H2");
            assertThat(target.textContent().strip()).isEqualTo(links.nth(i).textContent().strip());
        }
        // the measures published only nationally are there as national context
        assertThat(page.locator("#priority-cyber ~ h3").first().textContent()).endsWith("(national context)");
    }

    @Test
    void the_force_summary_table_gives_the_change_on_the_previous_quarter_and_year_the_series_api_gives() throws Exception {
        Page page = chromium.open("/forces/gwent");
        JsonNode series = new ObjectMapper().readTree(page.request().get(chromium.url("/api/v1/series/drug-trafficking/gwent.json")).text());
        java.util.Map<String, Long> values = new java.util.HashMap<>();
        series.get("figures").forEach(f -> {
            if (f.get("source").asText().equals("home-office-prc") && f.get("status").asText().equals("available")) {
                values.put(f.get("period_end").asText(), f.get("value").asLong());
            }
        });
        String latest = values.keySet().stream().max(Comparator.naturalOrder()).orElseThrow();
        java.time.YearMonth end = java.time.YearMonth.parse(latest);
        long quarter = values.get(latest) - values.get(end.minusMonths(3).toString());
        long year = values.get(latest) - values.get(end.minusMonths(12).toString());

        Locator row = page.locator("table").filter(new Locator.FilterOptions().setHas(page.locator("caption",
                new Page.LocatorOptions().setHasText("Gwent Police: each figure's latest rolling year and its changes"))))
                .locator("tbody tr").filter(new Locator.FilterOptions().setHasText("trafficking of drugs"));
        assertThat(row.count()).isEqualTo(1);
        assertThat(row.locator("td").nth(4).textContent().strip()).startsWith(signed(quarter));
        assertThat(row.locator("td").nth(5).textContent().strip()).startsWith(signed(year));
    }

    @ParameterizedTest(name = "{0} px")
    @CsvSource({"320", "1280"})
    void the_force_page_fits_the_width_and_meets_wcag_2_2_aa_as_axe_checks_it(int width) {
        Page page = chromium.newPage();
        page.setViewportSize(width, 900);
        page.navigate(chromium.url("/forces/gwent"));
        chromium.screenshot(page, "force-gwent-" + width);

        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).as("page width at " + width + " px")
                .isLessThanOrEqualTo(width);
        Locator hint = page.locator(".app-table-scroll__hint").first();
        assertThat(hint.isVisible()).as("the scroll cue at " + width + " px").isEqualTo(width < 641);
        assertThat(page.locator(".app-table-scroll[role=region][tabindex='0']").first().getAttribute("aria-label")).isNotBlank();
        assertThat(chromium.accessibilityViolations(page)).as("axe-core violations on the force page at " + width + " px").isEmpty();
    }

    private static String signed(long change) {
        return (change > 0 ? "+" : "") + String.format(Locale.UK, "%,d", change);
    }

    /** The latest England and Wales figure of a metric source, as /api/v1/figures gives it. */
    private static JsonNode latestNationalFigure(Page page, String metric, String source) throws Exception {
        JsonNode body = new ObjectMapper().readTree(page.request().get(chromium.url("/api/v1/figures?area=K04000001")).text());
        return StreamSupport.stream(body.get("figures").spliterator(), false)
                .filter(f -> f.get("metric").asText().equals(metric) && f.get("source").asText().equals(source))
                .filter(f -> f.get("status").asText().equals("available"))
                .max(Comparator.comparing(f -> f.get("period_end").asText()))
                .orElseThrow(() -> new AssertionError("the API has no " + metric + " figure from " + source));
    }

    private static void ncpm(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Ncpm.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        assertThat(code).as("ncpm %s: %s", args[0], err).isZero();
    }
}
