package uk.org.ncpm.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.cli.Ncpm;
import uk.org.ncpm.sample.SmallSampleStore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `ncpm publish` on the small sample store (scale 0.02, seed 2019, ingested and computed through the
 * CLI): the issue's acceptance check that every internal link and asset reference of every published
 * page resolves to a file of the copy, as a static web server would resolve it, checked here with a
 * reader of its own rather than the publisher's.
 */
class StaticSiteIT {

    @TempDir
    static Path dir;
    private static Path store;
    private static Path site;
    private static Run published;
    private static RunningSite served;
    private static SiteReleases releases;

    @BeforeAll
    static void publishTheSampleSite() throws Exception {
        // the public site is that of the published releases: the sample's latest year, published now
        store = dir.resolve("ncpm.duckdb");
        java.nio.file.Files.copy(SmallSampleStore.path(), store);
        ncpm("release", "prepare", "--period", "2021-06", "--store", store.toString());
        ncpm("release", "schedule", "2021-06-1", "--at", "2020-01-01", "--store", store.toString());
        site = dir.resolve("site");
        published = ncpm("publish", "--store", store.toString(), "--out", site.toString());
        releases = SiteReleases.read(store, uk.org.ncpm.catalogue.Catalogue.bundled());
        served = RunningSite.around(WebApp.create(uk.org.ncpm.catalogue.Catalogue.bundled(), releases, RequestLog.DISCARD,
                SiteContact.NONE).start(0));
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void publishes_every_page_the_api_files_and_the_assets_and_says_what_it_wrote() throws IOException {
        assertThat(published.code()).as(published.err()).isZero();
        assertThat(published.out()).contains("SAMPLE DATA").contains("pages (HTML)").contains("data files (JSON, CSV)")
                .contains("assets (CSS, fonts, images)").contains("files in all").containsPattern("in [0-9.]+ s");
        assertThat(site.resolve("index.html")).isRegularFile();
        assertThat(site.resolve("404.html")).isRegularFile();
        assertThat(site.resolve("forces/gwent/index.html")).isRegularFile();
        for (var force : Catalogue.bundled().forces().territorial()) {
            assertThat(site.resolve("forces/" + force.slug() + "/index.html")).isRegularFile();
        }
        assertThat(site.resolve("api/openapi.json")).isRegularFile();
        assertThat(site.resolve("api/v1/figures.json")).isRegularFile();
        assertThat(site.resolve("api/v1/figures.csv")).isRegularFile();
        for (var metric : Catalogue.bundled().metrics()) {
            assertThat(site.resolve("api/v1/figures/" + metric.id() + ".csv")).isRegularFile();
            assertThat(site.resolve("api/v1/figures/" + metric.id() + ".json")).isRegularFile();
        }
        assertThat(site.resolve("stylesheets/govuk-frontend.min.css")).isRegularFile();
        assertThat(site.resolve("assets/images/favicon.ico")).isRegularFile();
    }

    @Test
    void every_internal_link_and_asset_reference_of_every_published_page_resolves_to_a_published_file() throws IOException {
        List<Path> pages = files().stream().filter(p -> p.toString().endsWith(".html")).toList();
        List<Path> stylesheets = files().stream().filter(p -> p.toString().endsWith(".css")).toList();
        assertThat(pages).hasSizeGreaterThan(44);
        assertThat(stylesheets).isNotEmpty();

        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path file : pages) {
            for (String ref : matches(Files.readString(file), HTML_REFERENCE)) {
                checked += check(file, decodeHtml(ref), broken);
            }
        }
        for (Path file : stylesheets) {
            for (String ref : matches(Files.readString(file), CSS_REFERENCE)) {
                checked += check(file, ref, broken);
            }
        }

        assertThat(broken).isEmpty();
        assertThat(checked).isGreaterThan(45 * 5);
    }

    @Test
    void the_published_overview_is_byte_for_byte_what_the_server_serves() throws Exception {
        assertThat(Files.readAllBytes(site.resolve("index.html"))).isEqualTo(get("/"));
        assertThat(Files.readAllBytes(site.resolve("forces/gwent/index.html"))).isEqualTo(get("/forces/gwent"));
    }

    @Test
    void the_api_files_hold_what_the_api_answers() throws Exception {
        assertThat(Files.readAllBytes(site.resolve("api/v1/figures.json"))).isEqualTo(get("/api/v1/figures"));
        assertThat(Files.readAllBytes(site.resolve("api/v1/figures.csv"))).isEqualTo(get("/api/v1/figures.csv"));
        assertThat(Files.readAllBytes(site.resolve("api/v1/figures/homicide.csv"))).isEqualTo(get("/api/v1/figures.csv?metric=homicide"));
        assertThat(Files.readAllBytes(site.resolve("api/v1/figures/knife-crime.json"))).isEqualTo(get("/api/v1/figures?metric=knife-crime"));
        // The series downloads the measure pages link to are published as files, with what the API answers.
        assertThat(Files.readAllBytes(site.resolve("api/v1/series/homicide/K04000001.csv")))
                .isEqualTo(get("/api/v1/series/homicide/K04000001.csv"));
        assertThat(Files.readAllBytes(site.resolve("api/v1/series/neighbourhood-crime/K04000001.json")))
                .isEqualTo(get("/api/v1/series/neighbourhood-crime/K04000001"));
        assertThat(new ObjectMapper().readTree(site.resolve("api/v1/figures/homicide.json").toFile()).path("figures").size())
                .isGreaterThan(0);
        assertThat(Files.readAllBytes(site.resolve("api/openapi.json"))).isEqualTo(get("/api/openapi.json"));
    }

    @Test
    void every_forces_diagnostics_and_coverage_are_published_as_the_api_answers_them() throws Exception {
        for (var force : Catalogue.bundled().forces().territorial()) {
            String code = force.code();
            assertThat(site.resolve("api/v1/forces/" + code + "/diagnostics.json")).isRegularFile();
            assertThat(site.resolve("api/v1/forces/" + code + "/diagnostics.csv")).isRegularFile();
            assertThat(site.resolve("api/v1/coverage/" + code + ".csv")).isRegularFile();
            assertThat(site.resolve("api/v1/coverage/" + code + ".json")).isRegularFile();
        }
        assertThat(Files.readAllBytes(site.resolve("api/v1/forces/W15000002/diagnostics.csv")))
                .isEqualTo(get("/api/v1/forces/gwent/diagnostics.csv"));
        assertThat(Files.readAllBytes(site.resolve("api/v1/forces/W15000002/diagnostics.json")))
                .isEqualTo(get("/api/v1/forces/W15000002/diagnostics"));
        assertThat(Files.readAllBytes(site.resolve("api/v1/coverage/W15000002.csv"))).isEqualTo(get("/api/v1/coverage.csv?area=gwent"));
        assertThat(Files.readAllBytes(site.resolve("api/v1/coverage.json"))).isEqualTo(get("/api/v1/coverage"));
        assertThat(Files.readString(site.resolve("forces/gwent/index.html")))
                .contains("href=\"/api/v1/forces/W15000002/diagnostics.csv\"").contains("href=\"/api/v1/coverage/W15000002.json\"");
    }

    @Test
    void no_published_file_name_holds_a_query_string() throws IOException {
        assertThat(files()).allSatisfy(p -> assertThat(dir.relativize(p).toString()).doesNotContain("?").doesNotContain("&")
                .doesNotContain("="));
    }

    @Test
    void publishing_into_a_folder_that_is_not_empty_is_refused_unless_forced() throws IOException {
        List<Path> before = files();

        Run again = ncpm("publish", "--store", store.toString(), "--out", site.toString());

        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("is not empty").contains("--force");
        assertThat(files()).isEqualTo(before);

        Path other = dir.resolve("other");
        Files.createDirectories(other);
        Files.writeString(other.resolve("notes.txt"), "mine");
        Files.createDirectories(other.resolve("forces/old-force"));
        Files.writeString(other.resolve("forces/old-force/index.html"), "an earlier publish's page");
        Files.writeString(other.resolve(StaticSite.MANIFEST), "forces/old-force/index.html\n");
        assertThat(ncpm("publish", "--store", store.toString(), "--out", other.toString()).code()).isEqualTo(2);

        Run forced = ncpm("publish", "--store", store.toString(), "--out", other.toString(), "--force");

        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(other.resolve("notes.txt")).hasContent("mine");
        assertThat(other.resolve("forces/old-force")).doesNotExist();
        assertThat(other.resolve("index.html")).hasSameBinaryContentAs(site.resolve("index.html"));
        assertThat(ncpm("publish", "--store", store.toString(), "--out", other.resolve("notes.txt").toString()).code()).isEqualTo(2);
    }

    // -- an independent reader: how a browser and a static web server would follow the references

    private static final Pattern HTML_REFERENCE = Pattern.compile("\\s(?:href|src|xlink:href)=\"([^\"]*)\"");
    private static final Pattern CSS_REFERENCE = Pattern.compile("url\\(\\s*[\"']?([^\"')]+)[\"']?\\s*\\)");

    /** 1 when the reference is internal (and adds it to {@code broken} unless it resolves), else 0. */
    private static int check(Path file, String reference, List<String> broken) {
        if (reference.startsWith("#") || reference.startsWith("data:") || reference.startsWith("mailto:")
                || reference.matches("^https?://.*")) {
            return 0;
        }
        URI base = URI.create("http://static" + staticAddress(file));
        URI target = base.resolve(reference);
        if (target.getRawQuery() != null) {
            broken.add(dir.relativize(file) + ": " + reference + " has a query string, which a static server ignores");
        } else if (!servable(target.getPath())) {
            broken.add(dir.relativize(file) + ": " + reference + " (" + target.getPath() + ") is not in the copy");
        }
        return 1;
    }

    /** The address a browser shows for a published file (a folder's index is at the folder's address). */
    private static String staticAddress(Path file) {
        String relative = site.relativize(file).toString().replace('\\', '/');
        return "/" + (relative.endsWith("index.html") ? relative.substring(0, relative.length() - "index.html".length()) : relative);
    }

    /** What python3 -m http.server, nginx or a CDN does: a file, or a folder's index.html. */
    private static boolean servable(String path) {
        Path target = site.resolve(path.substring(1));
        return path.endsWith("/") ? Files.isRegularFile(target.resolve("index.html"))
                : Files.isRegularFile(target) || Files.isRegularFile(target.resolve("index.html"));
    }

    private static List<String> matches(String text, Pattern pattern) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String decodeHtml(String value) {
        return value.replace("&#34;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static byte[] get(String path) throws Exception {
        HttpResponse<byte[]> response = served.send(served.request(path), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private record Run(int code, String out, String err) {
    }

    private static Run ncpm(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Ncpm.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
