package uk.org.ncpm.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One file per rolling year: the data page lists them, the API serves them as CSV and JSON. */
class PeriodFilesTest {

    private RunningSite site;

    @BeforeEach
    void start() {
        site = RunningSite.of(new Snapshot(List.of(
                Figures.count("homicide", "K04000001", "2019-06", "home-office-prc", "recorded crime", 75, 59, 94, 1.3, 1e6, 75, "", ""),
                Figures.count("homicide", "K04000001", "2021-06", "home-office-prc", "recorded crime", 63, 48.4, 80.6, 1.1, 1e6, 75,
                        "no significant change", ""),
                Figures.notAvailable("neighbourhood-crime", "W15000002", "2021-06", "police-uk-street", "data.police.uk",
                        "months not complete: 2019-11 missing")), false));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void the_data_page_links_one_file_per_rolling_year_newest_first_with_its_count() throws Exception {
        String page = site.get("/data", "text/html").body();

        assertThat(page).contains("Figures by rolling year");
        assertThat(page.indexOf("/api/v1/periods/2021-06/figures.csv")).isPositive()
                .isLessThan(page.indexOf("/api/v1/periods/2019-06/figures.csv"));
        assertThat(page).contains("year ending June 2019 (baseline)").contains("/api/v1/periods/2021-06/figures.json");
    }

    @Test
    void a_rolling_year_file_holds_every_figure_of_that_year_and_nothing_else() throws Exception {
        HttpResponse<String> csv = site.get("/api/v1/periods/2021-06/figures.csv", "*/*");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"ncpm-figures-2021-06.csv\"");
        assertThat(csv.body().split("\r\n")).hasSize(3)
                .anySatisfy(line -> assertThat(line).startsWith("homicide,K04000001,2021-06,63,"))
                .anySatisfy(line -> assertThat(line).startsWith("neighbourhood-crime,W15000002,2021-06,..,"));
        assertThat(csv.body()).isEqualTo(site.get("/api/v1/figures.csv?period=2021-06", "*/*").body());
        assertThat(site.get("/api/v1/periods/2021-06/figures.json", "text/csv").body())
                .isEqualTo(site.get("/api/v1/figures?period=2021-06", "application/json").body());
    }

    @Test
    void a_year_without_figures_is_404_and_a_malformed_one_400() throws Exception {
        HttpResponse<String> none = site.get("/api/v1/periods/2030-06/figures.csv", "*/*");
        HttpResponse<String> month = site.get("/api/v1/periods/2021-05/figures.csv", "*/*");
        HttpResponse<String> words = site.get("/api/v1/periods/June/figures.json", "*/*");

        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.body()).contains("no figures for the rolling year ending 2030-06");
        assertThat(month.statusCode()).isEqualTo(400);
        assertThat(month.body()).contains("not a quarter end");
        assertThat(words.statusCode()).isEqualTo(400);
        assertThat(words.body()).contains("period must be YYYY-MM").doesNotContain("Exception");
    }
}
