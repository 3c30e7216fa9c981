package uk.org.ncpm.web;

import uk.org.ncpm.ingest.CoverageStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.org.ncpm.cli.Ncpm;
import uk.org.ncpm.ingest.CoverageRow;
import uk.org.ncpm.sample.SmallSampleStore;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v1/forces/{code}/diagnostics} and {@code /api/v1/coverage} on a real server of the small
 * sample store: the same answers as `ncpm diagnostics` and `ncpm coverage`, and errors as JSON.
 */
class DiagnosticsApiTest {

    private static RunningSite site;

    @BeforeAll
    static void serveTheSmallSample() throws Exception {
        site = RunningSite.ofStore(SmallSampleStore.path());
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void a_forces_diagnostics_as_csv_are_exactly_what_ncpm_diagnostics_prints() throws Exception {
        String cli = ncpm("diagnostics", "--area", "gwent", "--format", "csv", "--store", SmallSampleStore.path().toString());

        HttpResponse<String> csv = site.get("/api/v1/forces/W15000002/diagnostics.csv", "*/*");
        HttpResponse<String> accepted = site.get("/api/v1/forces/gwent/diagnostics", "text/csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"SAMPLE-ncpm-diagnostics-W15000002.csv\"");
        assertThat(csv.body()).isEqualTo(cli).startsWith("area_code,area_name,period_end,metric,source,status,value,rate,");
        assertThat(accepted.body()).isEqualTo(cli);
        assertThat(csv.body().lines()).hasSize(1 + 6);
    }

    @Test
    void a_forces_diagnostics_as_json_hold_the_document_of_ncpm_diagnostics_with_the_sample_flag() throws Exception {
        JsonNode cli = new ObjectMapper().readTree(ncpm("diagnostics", "--area", "W15000002", "--format", "json",
                "--store", SmallSampleStore.path().toString()));

        JsonNode api = json(site.get("/api/v1/forces/gwent/diagnostics", "application/json"));
        JsonNode file = json(site.get("/api/v1/forces/W15000002/diagnostics.json", "text/csv"));

        assertThat(api.path("sample").asBoolean()).isTrue();
        ((com.fasterxml.jackson.databind.node.ObjectNode) api).remove("sample");
        assertThat(api).isEqualTo(cli);
        assertThat(file.path("period_end").asText()).isEqualTo("2021-06");
        JsonNode policeUk = file.path("sources").get(5);
        assertThat(policeUk.path("source").asText()).isEqualTo("police-uk-street");
        assertThat(policeUk.at("/spc/gaps/2019-11").asText()).isEqualTo("missing");
        assertThat(file.at("/comparator_group/name").asText()).isEqualTo("Wales");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/forces/nope/diagnostics|404|unknown force 'nope'; expected an ONS police force area code",
            "/api/v1/forces/K04000001/diagnostics|400|diagnostics are per force, and 'K04000001' (England and Wales) is not a territorial force",
            "/api/v1/forces/K04000001/diagnostics.csv|400|diagnostics are per force",
            "/api/v1/forces/E12000001/diagnostics.json|400|diagnostics are per force",
            "/api/v1/coverage?area=K04000001|400|area must be a territorial force, as coverage is per force and month; found 'K04000001' (England and Wales)",
            "/api/v1/coverage.csv?area=british-transport-police|400|found 'british-transport-police' (British Transport Police)",
            "/api/v1/coverage?area=atlantis|404|unknown area 'atlantis'; expected a force code such as W15000002",
            "/api/v1/coverage/E12000001.csv|400|area must be a territorial force"})
    void bad_input_is_a_json_error_with_a_message_never_a_stack_trace(String path, int status, String message) throws Exception {
        HttpResponse<String> response = site.get(path, "text/csv");

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(json(response).path("status").asInt()).isEqualTo(status);
        assertThat(json(response).path("message").asText()).contains(message);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void a_forces_coverage_is_what_ncpm_coverage_prints_by_query_or_by_path() throws Exception {
        String cli = ncpm("coverage", "--force", "gwent", "--format", "csv", "--store", SmallSampleStore.path().toString());

        HttpResponse<String> byQuery = site.get("/api/v1/coverage.csv?area=gwent", "*/*");
        HttpResponse<String> byPath = site.get("/api/v1/coverage/W15000002.csv", "*/*");

        assertThat(byQuery.body()).isEqualTo(cli);
        assertThat(byPath.body()).isEqualTo(cli);
        assertThat(cli).startsWith("source,force_code,month,records,status,reason,")
                .contains("police-uk,W15000002,2019-11,0,missing,no file loaded for this force and month,0,"
                        + "SAMPLE DATA - synthetic - not real crime figures\r\n");
    }

    @Test
    void coverage_as_json_has_one_object_per_force_and_month_with_the_csv_columns() throws Exception {
        JsonNode gwent = json(site.get("/api/v1/coverage?area=W15000002", "application/json"));
        JsonNode all = json(site.get("/api/v1/coverage.json", "*/*"));

        assertThat(gwent.path("sample").asBoolean()).isTrue();
        assertThat(gwent.path("coverage")).hasSize(36);
        JsonNode november = gwent.path("coverage").get(16);
        assertThat(november.toString()).isEqualTo("{\"source\":\"police-uk\",\"force_code\":\"W15000002\",\"month\":\"2019-11\","
                + "\"records\":0,\"status\":\"missing\",\"reason\":\"no file loaded for this force and month\","
                + "\"duplicates_dropped\":0}");
        assertThat(all.path("coverage")).hasSize(43 * 36);
    }

    @Test
    void coverage_cells_a_spreadsheet_would_run_are_neutralised_and_a_force_without_figures_has_no_rows() throws Exception {
        CoverageRow hostile = new CoverageRow("police-uk", "W15000002", YearMonth.of(2019, 11), 0, CoverageStatus.MISSING, "=HYPERLINK(\"x\")");
        try (RunningSite handMade = RunningSite.of(new Snapshot(List.of(), false, new ForceDiagnostics(Map.of(), List.of(hostile))))) {
            String csv = handMade.send(handMade.request("/api/v1/coverage/gwent.csv"), HttpResponse.BodyHandlers.ofString()).body();
            HttpResponse<String> diagnostics = handMade.send(handMade.request("/api/v1/forces/gwent/diagnostics"),
                    HttpResponse.BodyHandlers.ofString());
            String emptyCsv = handMade.send(handMade.request("/api/v1/forces/gwent/diagnostics.csv"),
                    HttpResponse.BodyHandlers.ofString()).body();

            assertThat(csv).endsWith("police-uk,W15000002,2019-11,0,missing,\"'=HYPERLINK(\"\"x\"\")\",0\r\n");
            assertThat(diagnostics.statusCode()).isEqualTo(200);
            assertThat(json(diagnostics).path("sources")).isEmpty();
            assertThat(json(diagnostics).path("area_name").asText()).isEqualTo("Gwent Police");
            assertThat(emptyCsv.lines()).hasSize(1);
        }
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return new ObjectMapper().readTree(response.body());
    }

    private static String ncpm(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Ncpm.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as("ncpm %s: %s", args[0], err).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
