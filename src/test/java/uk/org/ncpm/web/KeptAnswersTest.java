package uk.org.ncpm.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer served again from the cache in front of Javalin is the same answer: same bytes, same
 * headers; errors and anything but GET always go to Javalin.
 */
class KeptAnswersTest {

    private static final List<String> SAME_HEADERS = List.of("Content-Type", "Content-Disposition",
            "Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options");

    private RunningSite site;

    @BeforeEach
    void start() {
        site = RunningSite.of(new Snapshot(List.of(
                Figures.count("homicide", "K04000001", "2021-06", "home-office-prc", "police recorded crime", 63, 48.4, 80.6,
                        10.6, 1e6, 75, "no significant change", ""),
                Figures.count("neighbourhood-crime", "W15000002", "2021-06", "police-uk-street", "data.police.uk", 4000,
                        3876, 4126, 6.8, 1000, 5000, "a significant fall", "")), true));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void a_page_or_file_asked_for_again_is_the_same_bytes_with_the_same_headers() throws Exception {
        for (Map.Entry<String, String> address : Map.of("/", "text/html", "/forces/gwent", "text/html",
                "/api/v1/figures/homicide.csv", "*/*", "/api/v1/figures?metric=homicide", "text/csv",
                "/stylesheets/app.css", "text/css").entrySet()) {
            HttpResponse<byte[]> first = site.getBytes(address.getKey(), address.getValue());
            HttpResponse<byte[]> again = site.getBytes(address.getKey(), address.getValue());

            assertThat(first.statusCode()).as(address.getKey()).isEqualTo(200);
            assertThat(again.statusCode()).as(address.getKey()).isEqualTo(200);
            assertThat(again.body()).as(address.getKey()).isEqualTo(first.body());
            for (String header : SAME_HEADERS) {
                assertThat(again.headers().firstValue(header)).as(address.getKey() + " " + header)
                        .isEqualTo(first.headers().firstValue(header));
            }
            assertThat(length(again.headers())).as(address.getKey()).isEqualTo(first.body().length);
        }
    }

    @Test
    void the_accept_header_and_the_query_are_part_of_the_address() throws Exception {
        String json = new String(site.getBytes("/api/v1/figures?metric=homicide", "application/json").body());
        String csv = new String(site.getBytes("/api/v1/figures?metric=homicide", "text/csv").body());

        assertThat(new String(site.getBytes("/api/v1/figures?metric=homicide", "application/json").body())).isEqualTo(json).startsWith("{");
        assertThat(new String(site.getBytes("/api/v1/figures?metric=homicide", "text/csv").body())).isEqualTo(csv).startsWith("metric,");
        assertThat(new String(site.getBytes("/api/v1/figures?metric=neighbourhood-crime", "text/csv").body())).isNotEqualTo(csv);
    }

    @Test
    void head_gives_the_headers_of_get_without_a_body_before_and_after_the_answer_is_kept() throws Exception {
        for (int i = 0; i < 2; i++) {
            HttpResponse<byte[]> head = site.send(site.request("/api/v1/figures/homicide.csv").header("Accept", "*/*")
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()), HttpResponse.BodyHandlers.ofByteArray());

            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.body()).isEmpty();
            assertThat(head.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
            assertThat(head.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"SAMPLE-ncpm-figures-homicide.csv\"");
            assertThat(head.headers().firstValue("Content-Security-Policy")).isPresent();
        }
        HttpResponse<byte[]> get = site.getBytes("/api/v1/figures/homicide.csv", "*/*");
        HttpResponse<byte[]> head = site.send(site.request("/api/v1/figures/homicide.csv").header("Accept", "*/*")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(get.body().length);
    }

    @Test
    void a_kept_answer_has_an_entity_tag_and_a_client_holding_it_gets_a_304_without_a_body() throws Exception {
        site.getBytes("/forces/gwent", "text/html");
        HttpResponse<byte[]> kept = site.getBytes("/forces/gwent", "text/html");
        String etag = kept.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> same = site.send(site.request("/forces/gwent").header("Accept", "text/html")
                .header("If-None-Match", "\"other\", " + etag), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> changed = site.send(site.request("/forces/gwent").header("Accept", "text/html")
                .header("If-None-Match", "\"other\""), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> zipped = site.send(site.request("/forces/gwent").header("Accept", "text/html")
                .header("Accept-Encoding", "gzip").header("If-None-Match", etag), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(etag).matches("\"[0-9a-f]{16}\"");
        assertThat(kept.headers().firstValue("Cache-Control")).contains("no-cache");
        assertThat(same.statusCode()).isEqualTo(304);
        assertThat(same.body()).isEmpty();
        assertThat(same.headers().firstValue("ETag")).contains(etag);
        assertThat(same.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).isEqualTo(kept.body());
        // the gzipped answer is another representation, with its own tag
        assertThat(zipped.statusCode()).isEqualTo(200);
        assertThat(zipped.headers().firstValue("ETag")).contains(etag.replaceAll("\"$", "-gzip\""));
    }

    @Test
    void errors_are_never_kept_and_other_methods_go_to_javalin() throws Exception {
        assertThat(site.getBytes("/forces/atlantis", "text/html").statusCode()).isEqualTo(404);
        assertThat(site.getBytes("/forces/atlantis", "text/html").statusCode()).isEqualTo(404);
        site.getBytes("/", "text/html");

        HttpResponse<byte[]> post = site.send(site.request("/").POST(HttpRequest.BodyPublishers.noBody()),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(post.statusCode()).isBetween(404, 405);
        assertThat(post.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void a_client_that_accepts_gzip_gets_the_same_answer_gzipped_every_time() throws Exception {
        byte[] plain = site.getBytes("/forces/gwent", "text/html").body();
        for (int i = 0; i < 2; i++) {
            HttpResponse<byte[]> zipped = site.send(site.request("/forces/gwent")
                    .header("Accept", "text/html").header("Accept-Encoding", "br, gzip;q=0.8"), HttpResponse.BodyHandlers.ofByteArray());

            assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
            assertThat(zipped.body().length).isLessThan(plain.length / 2);
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
                assertThat(in.readAllBytes()).isEqualTo(plain);
            }
        }
        HttpResponse<byte[]> again = site.getBytes("/forces/gwent", "text/html");
        assertThat(again.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(again.headers().firstValue("Vary")).contains("Accept-Encoding");
        assertThat(again.body()).isEqualTo(plain);
    }

    @Test
    void gzip_is_accepted_unless_refused_with_q_0() {
        assertThat(KeptAnswers.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(KeptAnswers.acceptsGzip("GZIP;q=0.5")).isTrue();
        assertThat(KeptAnswers.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(KeptAnswers.acceptsGzip("gzip; q=0.000")).isFalse();
        assertThat(KeptAnswers.acceptsGzip("br, identity")).isFalse();
        assertThat(KeptAnswers.acceptsGzip(null)).isFalse();
    }

    private static long length(HttpHeaders headers) {
        return headers.firstValueAsLong("Content-Length").orElse(-1);
    }
}
