package uk.org.ncpm.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.store.Store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ncpm fetch} against a real HTTP server on loopback serving archives in data.police.uk's layout. */
class FetchCommandTest {

    private static final String ARCHIVE = "/data/archive/2022-02.zip";

    @TempDir
    Path dir;

    private ArchiveHost host;
    private byte[] archive;

    @BeforeEach
    void serveAnArchiveHolding2019() throws Exception {
        host = ArchiveHost.start();
        archive = PoliceUkArchiveZip.of(YearMonth.of(2019, 1), YearMonth.of(2019, 8));
        host.serve(ARCHIVE, archive);
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private Path store() {
        return dir.resolve("store/ncpm.duckdb");
    }

    private CliRun fetch(String... args) {
        List<String> all = new ArrayList<>(List.of("fetch"));
        all.addAll(List.of(args));
        all.addAll(List.of("--store", store().toString(), "--base-url", host.baseUrl(), "--pause", "0"));
        return CliRun.of(all.toArray(String[]::new));
    }

    private Map<YearMonth, Long> storedMonths() throws Exception {
        Map<YearMonth, Long> months = new TreeMap<>();
        try (Store opened = Store.open(store(), Catalogue.bundled()); Statement s = opened.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT month, count(*) FROM current_crime_record GROUP BY 1")) {
            while (rs.next()) {
                months.put(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getLong(2));
            }
        }
        return months;
    }

    /** Where an entry's compressed bytes begin: after its local header (30 bytes), name and no extra field. */
    private int compressedDataOf(String entry) {
        String text = new String(archive, java.nio.charset.StandardCharsets.ISO_8859_1);
        return text.indexOf(entry) + entry.length();
    }

    private static Map<YearMonth, Long> expected(YearMonth first, YearMonth last) {
        Map<YearMonth, Long> months = new TreeMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.put(m, PoliceUkArchiveZip.crimes(m));
        }
        return months;
    }

    @Test
    void fetches_the_newest_archive_holding_the_months_and_stores_only_those_months() throws Exception {
        CliRun run = fetch("police-uk", "--months", "2019-03..2019-06");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(storedMonths()).isEqualTo(expected(YearMonth.of(2019, 3), YearMonth.of(2019, 6)));
        // 2019-03 + 35 months = 2022-02: the newest archive whose 36-month window holds March to June 2019.
        assertThat(host.requests()).extracting(ArchiveHost.Request::method, ArchiveHost.Request::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("HEAD", ARCHIVE), org.assertj.core.groups.Tuple.tuple("GET", ARCHIVE));
        assertThat(host.requests()).allSatisfy(r -> assertThat(r.header("User-Agent")).hasValueSatisfying(
                ua -> assertThat(ua).startsWith("NCPM-Monitor/" + Ncpm.VERSION)));
        Path downloads = dir.resolve("store/downloads");
        assertThat(downloads.resolve("2022-02.zip")).hasBinaryContent(archive);
        assertThat(Files.readString(downloads.resolve("fetch-log.json"))).contains(host.baseUrl() + ARCHIVE,
                "\"etag\" : \"\\\"", ArchiveHost.LAST_MODIFIED, "\"bytes\" : " + archive.length,
                FileDigest.sha256(downloads.resolve("2022-02.zip")), "\"2019-03\", \"2019-04\", \"2019-05\", \"2019-06\"");
        assertThat(downloads).isDirectoryNotContaining("glob:**/.ingest-*");
        assertThat(run.out()).contains("ingesting  4 street files for 4 months, 2019-03 to 2019-06 from 2022-02.zip");
    }

    @Test
    void resumes_a_cut_download_with_a_range_request_and_keeps_the_identical_file() throws Exception {
        host.cutNext(1);

        CliRun run = fetch("police-uk", "--months", "2019-03");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<ArchiveHost.Request> gets = host.requests("GET");
        assertThat(gets).hasSize(2);
        assertThat(gets.get(0).header("Range")).isEmpty();
        assertThat(gets.get(1).header("Range")).hasValue("bytes=" + archive.length / 2 + "-");
        assertThat(gets.get(1).header("If-Range")).hasValue(ArchiveHost.etag(archive));
        assertThat(dir.resolve("store/downloads/2022-02.zip")).hasBinaryContent(archive);
        assertThat(dir.resolve("store/downloads/2022-02.zip.part")).doesNotExist();
        assertThat(run.out()).contains("resumed after 1 cut connection(s)");
        assertThat(storedMonths()).isEqualTo(expected(YearMonth.of(2019, 3), YearMonth.of(2019, 3)));
    }

    @Test
    void a_download_cut_in_one_run_is_resumed_by_the_next_run_for_the_same_version_only() throws Exception {
        host.cutNext(1);

        CliRun cut = fetch("police-uk", "--months", "2019-03", "--attempts", "1");
        CliRun next = fetch("police-uk", "--months", "2019-03");

        assertThat(cut.exitCode()).isEqualTo(1);
        assertThat(cut.err()).contains("the download was cut 1 times; gave up after 1 attempts (" + archive.length / 2
                + " bytes kept in").contains("resumed by the next fetch");
        assertThat(next.exitCode()).as(next.err()).isZero();
        ArchiveHost.Request resumed = host.requests("GET").get(1);
        assertThat(resumed.header("Range")).hasValue("bytes=" + archive.length / 2 + "-");
        assertThat(resumed.header("If-Range")).hasValue(ArchiveHost.etag(archive));
        assertThat(dir.resolve("store/downloads/2022-02.zip")).hasBinaryContent(archive);
        assertThat(dir.resolve("store/downloads")).isDirectoryNotContaining("glob:**.part*");
    }

    @Test
    void refuses_an_archive_url_that_answers_with_something_that_is_not_a_zip() throws Exception {
        host.serve("/data/archive/2023-01.zip", "<html>Service unavailable</html>".getBytes());

        CliRun run = fetch("police-uk", "--months", "2020-02");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("error: refused " + host.baseUrl() + "/data/archive/2023-01.zip: expected a zip "
                + "archive, but the download does not begin like one (perhaps an error page); nothing was stored");
        assertThat(store()).doesNotExist();
    }

    @Test
    void refuses_a_corrupt_archive_and_leaves_the_store_and_the_downloads_unchanged() throws Exception {
        assertThat(fetch("police-uk", "--months", "2019-03").exitCode()).isZero();
        String storeBefore = FileDigest.sha256(store());
        String logBefore = Files.readString(dir.resolve("store/downloads/fetch-log.json"));
        byte[] corrupt = archive.clone();
        corrupt[compressedDataOf("2019-08/2019-08-cumbria-street.csv") + 20] ^= 0x5A; // its CRC no longer matches
        host.serve("/data/archive/2023-01.zip", corrupt);

        CliRun run = fetch("police-uk", "--months", "2020-02..2020-03");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("error: refused " + host.baseUrl() + "/data/archive/2023-01.zip: the downloaded "
                + "archive is corrupt (").contains("nothing was stored");
        assertThat(FileDigest.sha256(store())).isEqualTo(storeBefore);
        assertThat(Files.readString(dir.resolve("store/downloads/fetch-log.json"))).isEqualTo(logBefore);
        assertThat(dir.resolve("store/downloads/2023-01.zip")).doesNotExist();
        assertThat(dir.resolve("store/downloads/2023-01.zip.part")).doesNotExist();
    }

    @Test
    void a_second_fetch_of_the_same_months_asks_if_changed_and_does_nothing_on_304() throws Exception {
        assertThat(fetch("police-uk", "--months", "2019-03..2019-04").exitCode()).isZero();
        String storeBefore = FileDigest.sha256(store());

        CliRun again = fetch("police-uk", "--months", "2019-03..2019-04");

        assertThat(again.exitCode()).as(again.err()).isZero();
        ArchiveHost.Request conditional = host.requests("GET").get(1);
        assertThat(conditional.header("If-None-Match")).hasValue(ArchiveHost.etag(archive));
        assertThat(conditional.header("If-Modified-Since")).hasValue(ArchiveHost.LAST_MODIFIED);
        assertThat(again.out()).contains("not modified since the last fetch (HTTP 304)", "already up to date");
        assertThat(FileDigest.sha256(store())).isEqualTo(storeBefore);
    }

    @Test
    void after_a_304_only_the_months_not_yet_ingested_are_read_from_the_file_already_here() throws Exception {
        assertThat(fetch("police-uk", "--months", "2019-03").exitCode()).isZero();

        CliRun more = fetch("police-uk", "--months", "2019-03..2019-05");

        assertThat(more.exitCode()).as(more.err()).isZero();
        assertThat(more.out()).contains("HTTP 304", "ingesting  2 street files for 2 months, 2019-04 to 2019-05");
        assertThat(storedMonths()).isEqualTo(expected(YearMonth.of(2019, 3), YearMonth.of(2019, 5)));
    }

    @Test
    void latest_finds_the_newest_archive_by_head_requests_back_from_this_month_and_ingests_all_of_it() throws Exception {
        YearMonth lastMonth = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
        host.serve("/data/archive/" + lastMonth + ".zip", PoliceUkArchiveZip.of(lastMonth.minusMonths(2), lastMonth));

        CliRun run = fetch("police-uk", "--latest");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(host.requests("HEAD")).extracting(ArchiveHost.Request::path).containsExactly(
                "/data/archive/" + lastMonth.plusMonths(1) + ".zip", "/data/archive/" + lastMonth + ".zip");
        assertThat(storedMonths()).isEqualTo(expected(lastMonth.minusMonths(2), lastMonth));
    }

    @Test
    void honours_retry_after_on_503_then_fetches() throws Exception {
        host.busyNext(1, "1");
        long started = System.nanoTime();

        CliRun run = fetch("police-uk", "--months", "2019-03");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(1000);
        assertThat(host.requests("HEAD")).hasSize(2);
    }

    @Test
    void gives_up_with_a_clear_error_when_retry_after_is_longer_than_max_wait() throws Exception {
        host.busyNext(5, "3600");

        CliRun run = fetch("police-uk", "--months", "2019-03", "--max-wait", "10");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("HTTP 503 (unavailable) and asked to wait 3600 s; gave up after 1 attempts");
        assertThat(store()).doesNotExist();
    }

    @Test
    void a_table_url_is_downloaded_and_ingested_and_a_missing_one_is_a_clear_error() throws Exception {
        host.serve("/tables/figures.csv", uk.org.ncpm.ingest.TableCsv.tidy(
                "victim-satisfaction,K04000001,2018-07-01,2019-06-30,67.1,65.2,69,percentage,CSEW,").getBytes());

        CliRun table = fetch(host.baseUrl() + "/tables/figures.csv");
        CliRun missing = fetch(host.baseUrl() + "/tables/nope.csv");
        CliRun again = fetch(host.baseUrl() + "/tables/figures.csv");

        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("Observations stored: 1");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("error: " + host.baseUrl() + "/tables/nope.csv: HTTP 404 (not found): check the URL");
        assertThat(again.out()).contains("already up to date");
    }

    @Test
    void says_when_the_host_cannot_be_reached_or_the_base_url_is_not_an_address() {
        CliRun refused = CliRun.of("fetch", "police-uk", "--latest", "--store", store().toString(),
                "--base-url", "http://127.0.0.1:1", "--pause", "0");
        CliRun notAnAddress = CliRun.of("fetch", "police-uk", "--latest", "--store", store().toString(),
                "--base-url", "data.police.uk");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("could not connect to 127.0.0.1:1 (connection refused)");
        assertThat(notAnAddress.exitCode()).isEqualTo(1);
        assertThat(notAnAddress.err()).contains("error: --base-url 'data.police.uk': expected an http:// or https:// address");
    }

    @Test
    void refuses_an_address_that_is_not_http_and_months_that_are_not_months() {
        CliRun ftp = fetch("ftp://example.org/file.csv");
        CliRun months = fetch("police-uk", "--months", "2019-13..2019-14");

        assertThat(ftp.exitCode()).isEqualTo(2);
        assertThat(ftp.err()).contains("URL 'ftp://example.org/file.csv': expected an http:// or https:// address");
        assertThat(months.exitCode()).isEqualTo(2);
        assertThat(months.err()).contains("--months: month range '2019-13..2019-14': '2019-13' is not a month");
    }
}
