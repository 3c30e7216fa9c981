package uk.org.ncpm.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.text.FigureColumns;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.ncpm.web.Figures.count;
import static uk.org.ncpm.web.Figures.notAvailable;

/** /api/v1/series/{metric}/{area} on a real server on a random port, serving a hand-made snapshot. */
class SeriesApiTest {

    private static final String PRC = "police recorded crime (Home Office open data tables)";
    private static final String STREET = "data.police.uk street records (proxy)";
    // Stored out of order, and with a second source and another area, which the series must sort and filter.
    private static final List<Figure> FIGURES = List.of(
            count("neighbourhood-crime", "K04000001", "2020-06", "police-uk-street", STREET, 70089, 69571, 70609, 11.9, 1000,
                    80852, "statistically significant decrease", ""),
            count("neighbourhood-crime", "K04000001", "2019-06", "home-office-prc", PRC, 70567, 70047, 71089, 11.9, 1000,
                    70567, "", "this is the baseline year"),
            count("neighbourhood-crime", "K04000001", "2020-06", "home-office-prc", PRC, 61231, 60747, 61718, 10.3, 1000,
                    70567, "statistically significant decrease", ""),
            count("neighbourhood-crime", "K04000001", "2018-12", "home-office-prc", PRC, 71000, 70500, 71500, 12.0, 1000,
                    70567, "no significant change", ""),
            notAvailable("neighbourhood-crime", "W15000002", "2020-03", "police-uk-street", STREET,
                    "months not complete: 2019-11 missing"),
            count("homicide", "K04000001", "2021-06", "home-office-prc", PRC, 63, 48.41, 80.6, 10.6, 1e6, 75,
                    "no significant change", ""));

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
    void gives_every_rolling_year_of_the_metric_for_the_area_oldest_first_as_json() throws Exception {
        HttpResponse<String> response = site.get("/api/v1/series/neighbourhood-crime/K04000001", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = new ObjectMapper().readTree(response.body());
        assertThat(body.get("sample").asBoolean()).isTrue();
        assertThat(body.get("area_name").asText()).isEqualTo("England and Wales");
        assertThat(rows(body)).containsExactly("2018-12 home-office-prc", "2019-06 home-office-prc", "2020-06 home-office-prc",
                "2020-06 police-uk-street");
        JsonNode first = body.get("figures").get(0);
        for (String column : FigureColumns.NAMES) {
            assertThat(first.has(column)).as(column).isTrue();
        }
        assertThat(first.get("value").asInt()).isEqualTo(71000);
    }

    @Test
    void gives_the_csv_columns_of_ncpm_figures_for_accept_text_csv_and_at_the_csv_path() throws Exception {
        HttpResponse<String> accepted = site.get("/api/v1/series/neighbourhood-crime/K04000001", "text/csv");
        HttpResponse<String> file = site.get("/api/v1/series/neighbourhood-crime/K04000001.csv", "*/*");

        for (HttpResponse<String> csv : List.of(accepted, file)) {
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
            String[] lines = csv.body().split("\r\n");
            assertThat(lines[0]).isEqualTo(String.join(",", FigureColumns.NAMES) + ",sample_data");
            assertThat(lines[1]).endsWith(",England and Wales,,SAMPLE DATA - synthetic - not real crime figures");
            assertThat(lines).hasSize(5);
            assertThat(lines[1]).startsWith("neighbourhood-crime,K04000001,2018-12,71000,");
        }
        assertThat(file.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"SAMPLE-ncpm-series-neighbourhood-crime-K04000001.csv\"");
        assertThat(site.get("/api/v1/series/neighbourhood-crime/K04000001.json", "text/csv").body()).startsWith("{");
    }

    @Test
    void finds_a_force_by_its_police_uk_name_and_shows_a_year_not_available_as_dots_with_the_reason() throws Exception {
        JsonNode body = new ObjectMapper().readTree(site.get("/api/v1/series/neighbourhood-crime/gwent.json", "*/*").body());

        assertThat(body.get("area_code").asText()).isEqualTo("W15000002");
        assertThat(body.get("area_name").asText()).isEqualTo("Gwent Police");
        assertThat(body.get("figures").get(0).get("value").asText()).isEqualTo("..");
        assertThat(body.get("figures").get(0).get("reason").asText()).isEqualTo("months not complete: 2019-11 missing");
    }

    @Test
    void from_and_to_bound_the_rolling_years() throws Exception {
        JsonNode body = new ObjectMapper().readTree(
                site.get("/api/v1/series/neighbourhood-crime/K04000001?from=2019-06&to=2019-06", "application/json").body());

        assertThat(rows(body)).containsExactly("2019-06 home-office-prc");
    }

    @Test
    void a_known_metric_and_area_without_figures_is_an_empty_series() throws Exception {
        HttpResponse<String> response = site.get("/api/v1/series/drug-trafficking/E23000003.json", "*/*");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(response.body()).get("figures")).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/series/rape/K04000001|404|unknown metric 'rape'; see /api/v1/measures for the metrics",
            "/api/v1/series/homicide/atlantis.csv|404|unknown area 'atlantis'; expected a code such as E23000003 or K04000001",
            "/api/v1/series/homicide/K04000001?from=June|400|from must be YYYY-MM, e.g. 2019-06; found 'June'",
            "/api/v1/series/homicide/K04000001.csv?to=2020-05|400|to 2020-05 is not a quarter end",
            "/api/v1/series/homicide/K04000001?from=2021-06&to=2019-06|400|from 2021-06 is after to 2019-06",
            "/api/v1/series/homicide|404|There is no page at /api/v1/series/homicide."})
    void bad_input_is_a_4xx_json_message_never_a_stack_trace(String path, int status, String message) throws Exception {
        for (String accept : List.of("application/json", "text/csv")) {
            HttpResponse<String> response = site.get(path, accept);

            assertThat(response.statusCode()).as(path + " " + accept).isEqualTo(status);
            JsonNode body = new ObjectMapper().readTree(response.body());
            assertThat(body.get("status").asInt()).isEqualTo(status);
            assertThat(body.get("message").asText()).startsWith(message);
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("at uk.org");
        }
    }

    private static List<String> rows(JsonNode body) {
        List<String> rows = new ArrayList<>();
        body.get("figures").forEach(f -> rows.add(f.get("period_end").asText() + " " + f.get("source").asText()));
        return rows;
    }
}
