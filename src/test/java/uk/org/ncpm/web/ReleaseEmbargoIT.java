package uk.org.ncpm.web;

import io.javalin.Javalin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.cli.Ncpm;
import uk.org.ncpm.release.ReleaseRegister;
import uk.org.ncpm.sample.SmallSampleStore;
import uk.org.ncpm.store.Store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embargo (issue 13): with one release published and the next scheduled a few seconds ahead, an
 * anonymous crawler of every page, API address and download of the running site finds nothing of the
 * scheduled release's period; after its instant, with no restart, it finds it. The releases are made by
 * the CLI while the site runs, as an analyst would.
 */
class ReleaseEmbargoIT {

    /**
     * Every way the scheduled release's data (to March 2021) could show on the site: its months as the API,
     * the charts and the text write them ("In March 2021 the Home Office set out…" on /about is history, not data).
     */
    private static final List<String> SCHEDULED_PERIOD = List.of("2021-01", "2021-02", "2021-03", "ending March 2021",
            "Jan 2021", "Feb 2021", "Mar 2021", "January 2021", "February 2021");

    @TempDir
    Path dir;

    @Test
    void nothing_of_a_scheduled_release_is_public_before_its_instant_and_all_of_it_after() throws Exception {
        Path store = dir.resolve("ncpm.duckdb");
        Files.copy(SmallSampleStore.path(), store);
        ncpm("release", "prepare", "--period", "2020-12", "--store", store.toString());
        ncpm("release", "schedule", "2020-12-1", "--at", "2020-01-01", "--store", store.toString());
        SettableClock clock = new SettableClock(Instant.now());
        try (StoreReleases releases = StoreReleases.watch(store, Catalogue.bundled(), clock)) {
            Javalin app = WebApp.create(Catalogue.bundled(), releases, RequestLog.DISCARD, SiteContact.NONE).start("127.0.0.1", 0);
            try {
                String origin = "http://127.0.0.1:" + app.port();
                String before = get(origin + "/");
                assertThat(before).contains("Release <strong>2020-12-1</strong>").contains("December 2020");

                // the next release is prepared and scheduled while the site runs
                ncpm("release", "prepare", "--period", "2021-03", "--store", store.toString());
                Instant instant = clock.instant().plusSeconds(60);
                try (Store opened = Store.open(store, Catalogue.bundled())) {
                    new ReleaseRegister(opened).schedule("2021-03-1", instant, "test", clock.instant());
                }
                awaitEdition(releases, r -> r.calendar(clock.instant()).nextDue().isPresent());

                Path crawled = dir.resolve("before");
                StaticSite.crawl(origin, "not found").writeTo(crawled);
                List<String> leaks = find(crawled, SCHEDULED_PERIOD);
                assertThat(leaks).as("the scheduled release's period on the public site").isEmpty();
                assertThat(fileCount(crawled)).isGreaterThan(100);
                assertThat(get(origin + "/releases")).contains("A release is due at").doesNotContain("2021-03-1");
                assertThat(status(origin + "/releases/2021-03-1/")).isEqualTo(404);
                assertThat(status(origin + "/releases/2021-03-1/api/v1/figures.csv")).isEqualTo(404);

                clock.set(instant.minusMillis(1));
                assertThat(get(origin + "/")).contains("Release <strong>2020-12-1</strong>");
                clock.set(instant);
                String after = get(origin + "/");
                assertThat(after).as("the same address after the instant, no restart").contains("Release <strong>2021-03-1</strong>")
                        .contains("year ending March 2021");
                Path crawledAfter = dir.resolve("after");
                StaticSite.crawl(origin, "not found").writeTo(crawledAfter);
                assertThat(find(crawledAfter, List.of("ending March 2021"))).isNotEmpty();
                assertThat(get(origin + "/api/v1/figures.csv")).contains("2021-03");
                assertThat(get(origin + "/releases/2020-12-1/")).contains("This is not the latest release");
            } finally {
                app.stop();
            }
        }
    }

    /** Time as the test says: the instant passes when the test moves it, with the site running throughout. */
    private static final class SettableClock extends java.time.Clock {
        private volatile Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private static void awaitEdition(StoreReleases releases, java.util.function.Predicate<StoreReleases> seen) throws InterruptedException {
        for (int i = 0; i < 100 && !seen.test(releases); i++) {
            Thread.sleep(100);
        }
        assertThat(seen.test(releases)).as("the site read the store again").isTrue();
    }

    private static List<String> find(Path root, List<String> needles) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                for (String needle : needles) {
                    int at = text.indexOf(needle);
                    if (at >= 0) {
                        found.add(root.relativize(file) + ": …" + text.substring(Math.max(0, at - 120), Math.min(text.length(), at + 40)));
                    }
                }
            }
        }
        return found;
    }

    private static long fileCount(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static String get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static int status(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void ncpm(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Ncpm.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as("ncpm " + String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8)).isZero();
    }
}
