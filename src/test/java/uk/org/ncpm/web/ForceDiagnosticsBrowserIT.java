package uk.org.ncpm.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.org.ncpm.sample.SmallSampleStore;

import java.math.RoundingMode;
import java.util.Locale;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A force page's diagnostics in Debian's Chromium on the small sample store: the comparison with its
 * region group and England and Wales gives the API's numbers, the SPC chart is an image named by its
 * title with the months' table beside it, the data-quality table names the missing month, the
 * downloads answer, and axe-core finds no WCAG 2.2 A/AA violation. Screenshot: target/screenshots/force-diagnostics.png.
 */
class ForceDiagnosticsBrowserIT {

    private static HeadlessChromium chromium;

    @BeforeAll
    static void serveTheSmallSample() throws Exception {
        chromium = HeadlessChromium.launch(RunningSite.ofStore(SmallSampleStore.path()));
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void the_force_beside_its_region_group_and_england_and_wales_gives_the_apis_rates() throws Exception {
        Page page = chromium.open("/forces/gwent");
        JsonNode policeUk = policeUkDiagnostics(page);

        Locator table = page.locator("table").filter(new Locator.FilterOptions().setHas(page.locator("caption",
                new Page.LocatorOptions().setHasText("Gwent Police beside its Wales region group and England and Wales, year ending June 2021 (data.police.uk"))));
        assertThat(table.count()).isEqualTo(1);
        Locator rows = table.locator("tbody tr");
        assertThat(rows.nth(0).locator("th").textContent().strip()).isEqualTo("Gwent Police");
        assertThat(rows.nth(0).locator("td").first().textContent().strip())
                .startsWith(twoPlaces(policeUk.at("/comparator/force_rate")) + " (95% interval");
        assertThat(rows.nth(0).locator("td").nth(1).textContent()).contains(String.format(Locale.UK, "%,d", policeUk.at("/figure/value").asLong()));
        assertThat(rows.nth(1).locator("td").first().textContent().strip()).isEqualTo(twoPlaces(policeUk.at("/comparator/group_average")));
        assertThat(rows.nth(2).locator("td").first().textContent().strip())
                .isEqualTo(twoPlaces(policeUk.at("/comparator/england_and_wales_rate")));
        assertThat(page.locator("main").textContent()).contains(policeUk.at("/funnel/position").asText());
    }

    @Test
    void the_spc_chart_is_an_image_with_its_signals_in_words_and_its_months_and_data_quality_in_tables() throws Exception {
        Page page = chromium.open("/forces/gwent");
        chromium.screenshot(page, "force-diagnostics");
        JsonNode spc = policeUkDiagnostics(page).path("spc");

        Locator chart = page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("statistical process control chart"));
        assertThat(chart.count()).isEqualTo(1);
        assertThat(chart.boundingBox().width).isGreaterThan(300);
        Locator signals = page.locator("main ul.app-spc-signals li");
        assertThat(signals.count()).isEqualTo(spc.path("signals").size()).isPositive();
        assertThat(signals.first().textContent()).contains(PublicWords.of(spc.path("signals").get(0).path("words").asText()));

        Locator months = page.locator("table").filter(new Locator.FilterOptions().setHas(page.locator("caption",
                new Page.LocatorOptions().setHasText("the counts behind the chart"))));
        Locator april2020 = months.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("Apr 2020"));
        assertThat(april2020.locator("td").first().textContent().strip())
                .isEqualTo(String.format(Locale.UK, "%,d", spc.at("/counts/2020-04").asLong()));

        Locator quality = page.locator("table").filter(new Locator.FilterOptions().setHas(page.locator("caption",
                new Page.LocatorOptions().setHasText("Months missing or partial, Gwent Police"))));
        assertThat(quality.locator("tbody tr").allInnerTexts()).hasSize(1).first().asString()
                .contains("Nov 2019").contains("missing").contains("no data published for this force and month");
    }

    @Test
    void the_diagnostics_and_coverage_downloads_linked_from_the_page_answer() {
        Page page = chromium.open("/forces/gwent");

        for (String name : new String[]{"Diagnostics of Gwent Police (CSV)", "Diagnostics of Gwent Police (JSON)",
                "Months of data.police.uk data for Gwent Police (CSV)", "Months of data.police.uk data for Gwent Police (JSON)"}) {
            String href = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).getAttribute("href");
            APIResponse response = page.request().get(chromium.url(href));
            assertThat(response.status()).as(href).isEqualTo(200);
            assertThat(response.headers().get("content-type")).as(href).startsWith(name.endsWith("(CSV)") ? "text/csv" : "application/json");
        }
    }

    @Test
    void the_force_page_with_its_diagnostics_meets_wcag_2_2_aa_as_axe_checks_it() {
        Page page = chromium.open("/forces/gwent");

        assertThat(chromium.accessibilityViolations(page)).as("axe-core violations on the force page").isEmpty();
    }

    private static JsonNode policeUkDiagnostics(Page page) throws Exception {
        JsonNode body = new ObjectMapper().readTree(page.request().get(chromium.url("/api/v1/forces/W15000002/diagnostics.json")).text());
        return StreamSupport.stream(body.path("sources").spliterator(), false)
                .filter(s -> s.path("source").asText().equals("police-uk-street")).findFirst()
                .orElseThrow(() -> new AssertionError("the API has no data.police.uk diagnostics for Gwent"));
    }

    private static String twoPlaces(JsonNode number) {
        return String.format(Locale.UK, "%,.2f", number.decimalValue().setScale(2, RoundingMode.HALF_UP));
    }
}
