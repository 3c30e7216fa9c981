package uk.org.ncpm.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** /api/v1/measures and /api/v1/forces on a real server on a random port. */
class CatalogueApiTest {

    private RunningSite site;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() {
        site = RunningSite.of(new Snapshot(List.of(), false));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void the_measures_come_with_their_metrics_and_sources() throws Exception {
        HttpResponse<String> response = get("/api/v1/measures");
        JsonNode body = json.readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(body.get("catalogue_version").asText()).isEqualTo(uk.org.ncpm.catalogue.Catalogue.bundled().version());
        assertThat(ids(body.get("measures"))).containsExactly("homicide", "serious-violence", "drugs", "neighbourhood-crime",
                "cyber", "victim-satisfaction");
        JsonNode homicide = body.get("measures").get(0);
        assertThat(homicide.get("name").asText()).isEqualTo("Reduce murder and other homicide");
        assertThat(homicide.get("direction").asText()).isEqualTo("down");
        assertThat(homicide.get("page").asText()).isEqualTo("/measures/homicide");
        assertThat(ids(homicide.get("metrics"))).containsExactly("homicide", "homicide-index");
        JsonNode metric = homicide.get("metrics").get(0);
        assertThat(metric.get("unit").asText()).isEqualTo("count");
        assertThat(metric.get("rate_per").asInt()).isEqualTo(1_000_000);
        assertThat(metric.get("local_proxy").asBoolean()).isFalse();
        assertThat(metric.get("geographies")).hasSize(2);
        assertThat(metric.get("figures").asText()).isEqualTo("/api/v1/figures/homicide.json");
        assertThat(metric.get("sources").get(0).get("source").asText()).isEqualTo("home-office-prc");
        assertThat(metric.get("sources").get(0).get("basis").asText()).isEqualTo("quarterly");
        assertThat(homicide.get("metrics").get(1).get("rate_per").isNull()).isTrue();
    }

    @Test
    void one_measure_by_id_and_an_unknown_one_is_a_404_in_json() throws Exception {
        JsonNode drugs = json.readTree(get("/api/v1/measures/drugs").body());
        HttpResponse<String> unknown = get("/api/v1/measures/rape");

        assertThat(drugs.get("id").asText()).isEqualTo("drugs");
        assertThat(ids(drugs.get("metrics"))).containsExactly("drug-related-homicide", "drug-treatment-referrals", "drug-trafficking");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("{\"status\":404,\"message\":\"unknown measure 'rape'; the measures are homicide, "
                + "serious-violence, drugs, neighbourhood-crime, cyber, victim-satisfaction\"}");
    }

    @Test
    void the_forces_come_in_alphabetical_order_with_code_name_slug_and_region() throws Exception {
        JsonNode forces = json.readTree(get("/api/v1/forces").body()).get("forces");

        assertThat(forces).hasSize(43);
        List<String> names = new ArrayList<>();
        forces.forEach(f -> names.add(f.get("name").asText()));
        assertThat(names).isSorted().startsWith("Avon and Somerset Constabulary");
        JsonNode first = forces.get(0);
        assertThat(first.get("code").asText()).isEqualTo("E23000036");
        assertThat(first.get("slug").asText()).isEqualTo("avon-and-somerset");
        assertThat(first.get("region").asText()).isEqualTo("South West");
        assertThat(first.get("region_code").asText()).isEqualTo("E12000009");
        assertThat(first.get("page").asText()).isEqualTo("/forces/avon-and-somerset");
    }

    @Test
    void one_force_by_code_and_an_unknown_code_is_a_404_in_json() throws Exception {
        JsonNode lancashire = json.readTree(get("/api/v1/forces/E23000003").body());
        HttpResponse<String> unknown = get("/api/v1/forces/E23999999");

        assertThat(lancashire.get("name").asText()).isEqualTo("Lancashire Constabulary");
        assertThat(json.readTree(get("/api/v1/forces/e23000003").body())).isEqualTo(lancashire);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(json.readTree(unknown.body()).get("message").asText()).isEqualTo("unknown force 'E23999999'; expected an ONS "
                + "police force area code such as E23000003, or a slug such as lancashire");
    }

    @Test
    void the_catalogue_comes_as_csv_too_by_suffix_or_accept_header() throws Exception {
        HttpResponse<String> measures = get("/api/v1/measures.csv");
        HttpResponse<String> forces = get("/api/v1/forces.csv");

        assertThat(measures.statusCode()).isEqualTo(200);
        assertThat(measures.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(measures.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"ncpm-measures.csv\"");
        String[] lines = measures.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("measure_id,measure_name,metric_id,metric_name,unit,rate_per,direction,local_proxy,"
                + "source,source_label,basis,series");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("homicide,Reduce murder and other homicide,homicide,")
                .contains(",count,1000000,down,false,home-office-prc,"));
        assertThat(forces.body().split("\r\n")).hasSize(44).startsWith("code,name,slug,region_code,region,page")
                .contains("W15000002,Gwent Police,gwent,W92000004,Wales,/forces/gwent");
        assertThat(site.get("/api/v1/forces", "text/csv").body()).isEqualTo(forces.body());
        assertThat(site.get("/api/v1/forces.json", "text/csv").body()).isEqualTo(get("/api/v1/forces").body());
        assertThat(get("/api/v1/forces/gwent.csv").body()).isEqualTo(
                "code,name,slug,region_code,region,page\r\nW15000002,Gwent Police,gwent,W92000004,Wales,/forces/gwent\r\n");
        assertThat(site.get("/api/v1/forces/W15000002.json", "text/csv").body()).isEqualTo(get("/api/v1/forces/W15000002").body());
        String[] homicide = get("/api/v1/measures/homicide.csv").body().split("\r\n");
        assertThat(homicide).hasSize(1 + 3);
        // the metric's name holds commas, so it is quoted
        assertThat(homicide[1]).startsWith("homicide,Reduce murder and other homicide,homicide,\"Police recorded homicide offences (murder,")
                .endsWith(",home-office-prc,police recorded crime (Home Office open data tables),quarterly,homicide");
        assertThat(homicide[2]).contains(",ons-pfa-tables,");
        assertThat(homicide[3]).startsWith("homicide,Reduce murder and other homicide,homicide-index,").contains(",ncpm-tidy-metric,");
        assertThat(get("/api/v1/measures/nope.csv").statusCode()).isEqualTo(404);
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.get("id").asText()));
        return ids;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return site.get(path, "*/*");
    }
}
