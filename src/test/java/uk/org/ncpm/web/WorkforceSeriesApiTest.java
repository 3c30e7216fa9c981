package uk.org.ncpm.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.store.ObservationRow;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/** /api/v1/series/police-officers-fte/{area}: officer numbers as context, from a hand-made snapshot. */
class WorkforceSeriesApiTest {

    private static final String SEP19 = "Home Office police workforce tables, 30 September 2019 edition";

    private RunningSite site;

    @BeforeEach
    void start() {
        // Gwent, sep19 Table_1 row 57: 1329.05, 1308.43, 1293.73
        List<ObservationRow> rows = List.of(row(LocalDate.of(2019, 9, 30), 1293.73), row(LocalDate.of(2018, 9, 30), 1329.05),
                row(LocalDate.of(2019, 3, 31), 1308.43));
        site = RunningSite.of(new Snapshot(List.of(), false, ForceDiagnostics.NONE, java.util.Map.of(),
                OfficerNumbers.of(Catalogue.bundled(), rows)));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void gives_the_officers_at_each_date_oldest_first_as_json_saying_it_is_context() throws Exception {
        HttpResponse<String> response = site.get("/api/v1/series/police-officers-fte/gwent", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(response.body());
        assertThat(body.get("area_code").asText()).isEqualTo("W15000002");
        assertThat(body.get("context").asText()).contains("not as a measure");
        JsonNode observations = body.get("observations");
        assertThat(observations).hasSize(3);
        assertThat(observations.get(0).get("as_at").asText()).isEqualTo("2018-09-30");
        assertThat(observations.get(2).get("value").asDouble()).isEqualTo(1293.73);
        assertThat(observations.get(2).get("edition").asText()).isEqualTo(SEP19);
        // 1293.73 - 1308.43 = -14.70 by hand; to 2 places as the tables show FTEs (the double is -14.700000000000045)
        assertThat(body.get("change_since_31_march_2019").toString()).isEqualTo("-14.7");
    }

    @Test
    void gives_csv_at_the_csv_path() throws Exception {
        HttpResponse<String> response = site.get("/api/v1/series/police-officers-fte/W15000002.csv", "*/*");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().lines().toList()).startsWith("series,area_code,area_name,as_at,value,unit,edition",
                "police-officers-fte,W15000002,Gwent Police,2018-09-30,1329.05,FTE,\"" + SEP19 + "\"");
    }

    @Test
    void an_area_without_officer_numbers_has_none() throws Exception {
        HttpResponse<String> response = site.get("/api/v1/series/police-officers-fte/K04000001", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(response.body()).get("observations")).isEmpty();
    }

    private static ObservationRow row(LocalDate date, double fte) {
        return new ObservationRow("police-officers-fte", "W15000002", date, date, OptionalDouble.of(fte), OptionalDouble.empty(),
                OptionalDouble.empty(), "FTE", Optional.empty(), "", "", 2, "sep19.ods", "home-office-police-workforce",
                Optional.of(SEP19), List.of());
    }
}
