package uk.org.ncpm.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the site answers as a server (issue 12, "Serving"): Vary where the Accept header chose the
 * format, 400 for malformed addresses, the security headers on every answer (Jetty's own errors
 * included), 405 for the methods it does not answer.
 */
class ServingTest {

    private ResponseCache cache;
    private RunningSite site;

    @BeforeEach
    void start() {
        cache = new ResponseCache();
        site = RunningSite.of(new Snapshot(List.of(
                Figures.count("homicide", "K04000001", "2021-06", "home-office-prc", "police recorded crime", 63, 48.4, 80.6,
                        10.6, 1e6, 75, "no significant change", "")), true), cache);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void an_answer_whose_format_the_accept_header_chose_says_vary_accept_when_made_and_when_kept() throws Exception {
        for (String encoding : new String[] {"identity", "gzip"}) {
            for (int i = 0; i < 2; i++) {
                HttpResponse<byte[]> csv = site.send(site.request("/api/v1/forces").header("Accept", "text/csv")
                        .header("Accept-Encoding", encoding), HttpResponse.BodyHandlers.ofByteArray());

                assertThat(csv.statusCode()).isEqualTo(200);
                assertThat(vary(csv.headers())).as(encoding + " " + i).contains("accept");
            }
        }
        // the format fixed by the address or the page: no Vary: Accept
        assertThat(vary(site.getBytes("/api/v1/forces.csv", "text/csv").headers())).doesNotContain("accept");
        assertThat(vary(site.getBytes("/about", "text/html").headers())).doesNotContain("accept");
    }

    @Test
    void unusual_accept_headers_that_choose_the_same_format_find_the_same_kept_answer() throws Exception {
        site.getBytes("/api/v1/forces?x=1", "text/csv");
        long hits = cache.queryStats().hits();

        HttpResponse<String> same = site.get("/api/v1/forces?x=1", "text/csv;q=0.9, application/json;q=0.2, x-made/up");
        HttpResponse<String> json = site.get("/api/v1/forces?x=1", "x-made/up-" + System.nanoTime());

        assertThat(same.body()).startsWith("code,");
        assertThat(json.body()).startsWith("{");
        assertThat(cache.queryStats().hits()).isEqualTo(hits + 1);
        assertThat(cache.queryStats().answers()).isEqualTo(2);
    }

    @Test
    void a_malformed_percent_in_a_query_is_a_400_that_says_so_never_the_unfiltered_figures() throws Exception {
        // sent raw: java.net.URI refuses to make these addresses
        RawRequest metric = RawRequest.send(site.port(), "GET /api/v1/figures?metric=homicide% HTTP/1.1", "Accept: application/json");
        RawRequest area = RawRequest.send(site.port(), "GET /api/v1/figures.csv?area=%zz HTTP/1.1");
        RawRequest page = RawRequest.send(site.port(), "GET /forces/gwent?view=%zz HTTP/1.1", "Accept: text/html");

        assertThat(metric.status()).isEqualTo(400);
        assertThat(metric.body()).isEqualTo("{\"status\":400,\"message\":\"The query 'metric=homicide%' has a % that is not "
                + "followed by two hexadecimal digits. In an address, write % as %25 and a space as %20.\"}");
        assertThat(area.status()).isEqualTo(400);
        assertThat(area.body()).contains("The query 'area=%zz' has a % that is not followed by two hexadecimal digits");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("There is a problem with the request").contains("view=%zz").contains("has a % that is not");
        for (RawRequest answer : List.of(metric, area, page)) {
            assertSecurityHeaders(answer, answer.body());
        }
    }

    @Test
    void a_malformed_percent_in_the_path_is_a_400_with_the_security_headers() throws Exception {
        for (String path : new String[] {"/forces/gw%zzent", "/api/v1/figures/homicide%.json", "/forces/%"}) {
            RawRequest answer = RawRequest.send(site.port(), "GET " + path + " HTTP/1.1", "Accept: text/html");

            assertThat(answer.status()).as(path).isEqualTo(400);
            assertSecurityHeaders(answer, path);
            assertThat(answer.body()).as(path).contains("There is a problem with the request").doesNotContain("Exception");
        }
    }

    @Test
    void jettys_own_400_414_and_431_carry_the_security_headers_and_the_sites_error_page() throws Exception {
        RawRequest badLine = RawRequest.send(site.port(), "GET /forces/gwent HTTP/1.1 junk");
        RawRequest longUri = RawRequest.send(site.port(), "GET /?x=" + "a".repeat(70_000) + " HTTP/1.1");
        RawRequest bigHeaders = RawRequest.send(site.port(), "GET / HTTP/1.1", "X-Big: " + "b".repeat(70_000));
        RawRequest badHeader = RawRequest.send(site.port(), "GET / HTTP/1.1", "Bad Header Name: x");

        assertThat(badLine.status()).isEqualTo(400);
        assertThat(longUri.status()).isEqualTo(414);
        assertThat(bigHeaders.status()).isEqualTo(431);
        assertThat(badHeader.status()).isEqualTo(400);
        for (RawRequest answer : List.of(badLine, longUri, bigHeaders, badHeader)) {
            assertSecurityHeaders(answer, answer.head().lines().findFirst().orElseThrow());
            assertThat(answer.body()).contains("NCPM Monitor").doesNotContain("Exception").doesNotContain("jetty");
        }
        assertThat(longUri.body()).contains("The address is longer than this site accepts.");
        assertThat(bigHeaders.body()).contains("The request's headers are larger than this site accepts.");
    }

    @Test
    void hsts_is_off_by_default_and_on_every_answer_when_asked_for() throws Exception {
        assertThat(site.get("/", "text/html").headers().firstValue("Strict-Transport-Security")).isEmpty();

        try (RunningSite hsts = RunningSite.of(new Snapshot(List.of(), false),
                new ResponseCache(SecurityHeaders.of(true), 1 << 20, 1 << 20))) {
            HttpResponse<String> made = hsts.get("/about", "text/html");
            HttpResponse<String> kept = hsts.get("/about", "text/html");
            HttpResponse<String> missing = hsts.get("/nothing-here", "text/html");
            RawRequest jetty = RawRequest.send(hsts.port(), "GET / HTTP/1.1", "X-Big: " + "b".repeat(70_000));

            for (HttpResponse<String> answer : List.of(made, kept, missing)) {
                assertThat(answer.headers().firstValue("Strict-Transport-Security")).as(answer.uri().getPath()).contains("max-age=31536000");
            }
            assertThat(jetty.header("Strict-Transport-Security")).contains("max-age=31536000");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PUT", "DELETE", "PATCH", "POST"})
    void other_methods_are_a_405_that_names_the_methods_the_site_answers(String method) throws Exception {
        for (String path : new String[] {"/", "/api/v1/figures", "/nothing-here"}) {
            HttpResponse<String> answer = site.send(site.request(path).header("Accept", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString("{}")), HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).as(method + " " + path).isEqualTo(405);
            assertThat(answer.headers().firstValue("Allow")).as(method + " " + path).contains("GET, HEAD, OPTIONS");
            assertThat(answer.headers().firstValue("Content-Security-Policy")).isPresent();
            assertThat(answer.body()).contains("This site only answers GET, HEAD, OPTIONS; " + method + " is not one of them.");
        }
    }

    @Test
    void options_is_answered_with_the_methods_allowed() throws Exception {
        HttpResponse<String> answer = site.send(site.request("/forces/gwent")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(204);
        assertThat(answer.headers().firstValue("Allow")).contains("GET, HEAD, OPTIONS");
        assertThat(answer.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(answer.body()).isEmpty();
    }

    @Test
    void a_method_jetty_does_not_know_is_a_405_too() throws Exception {
        RawRequest answer = RawRequest.send(site.port(), "BREW / HTTP/1.1");

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.header("Allow")).contains("GET, HEAD, OPTIONS");
        assertSecurityHeaders(answer, "BREW");
    }

    private static void assertSecurityHeaders(RawRequest answer, String what) {
        SecurityHeaders.strict().forEach((name, value) -> assertThat(answer.header(name)).as(what + " " + name).contains(value));
    }

    /** The Vary header's tokens, lower case. */
    private static List<String> vary(HttpHeaders headers) {
        return headers.allValues("Vary").stream().flatMap(v -> Arrays.stream(v.split(",")))
                .map(t -> t.strip().toLowerCase(java.util.Locale.ROOT)).toList();
    }
}
