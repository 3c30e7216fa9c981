package uk.org.ncpm.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The flood of issue 12: 10,000 made-up queries filled the kept answers for good, and every address
 * not kept before answered at a hundredth of the speed. Now a flood only churns the shelf of
 * addresses with a query, within its byte budget, and a page asked for afterwards is still kept.
 */
class CacheFloodTest {

    private static final int FLOOD = 20_000;
    private static final long QUERY_BUDGET = 1024L * 1024;

    private ResponseCache cache;
    private RunningSite site;

    @BeforeEach
    void start() {
        cache = new ResponseCache(SecurityHeaders.strict(), ResponseCache.DEFAULT_PAGE_BYTES, QUERY_BUDGET);
        site = RunningSite.of(new Snapshot(List.of(
                Figures.count("homicide", "K04000001", "2021-06", "home-office-prc", "police recorded crime", 63, 48.4, 80.6,
                        10.6, 1e6, 75, "no significant change", "")), true), cache);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void after_20000_junk_addresses_a_page_not_asked_for_before_is_kept_at_its_first_request() throws Exception {
        site.getBytes("/", "text/html");
        flood();

        AnswerShelf.Stats queries = cache.queryStats();
        assertThat(queries.bytes()).isLessThanOrEqualTo(QUERY_BUDGET);
        assertThat(queries.evictions()).isGreaterThan(FLOOD / 2);
        assertThat(queries.answers()).isLessThan(FLOOD / 2);
        assertThat(cache.pageStats().evictions()).isZero();
        // every junk address gives the same file: it is held once, the addresses only weigh their own bytes
        assertThat(queries.distinct()).isEqualTo(1);

        long hits = cache.pageStats().hits();
        HttpResponse<byte[]> first = site.getBytes("/forces/gwent", "text/html");
        HttpResponse<byte[]> second = site.getBytes("/forces/gwent", "text/html");
        HttpResponse<byte[]> overview = site.getBytes("/", "text/html");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        // the second request and the overview kept before the flood were both answered from the cache
        assertThat(cache.pageStats().hits()).isEqualTo(hits + 2);
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(cache.keptBytes()).isLessThanOrEqualTo(ResponseCache.DEFAULT_PAGE_BYTES + QUERY_BUDGET);
    }

    @Test
    void made_up_spellings_of_a_forces_id_share_its_kept_page() throws Exception {
        byte[] page = site.getBytes("/forces/gwent", "text/html").body();
        long one = cache.pageStats().bytes();

        for (int mask = 1; mask < 32; mask++) {
            StringBuilder spelling = new StringBuilder("gwent");
            for (int i = 0; i < 5; i++) {
                if ((mask & 1 << i) != 0) {
                    spelling.setCharAt(i, Character.toUpperCase(spelling.charAt(i)));
                }
            }
            assertThat(site.getBytes("/forces/" + spelling, "text/html").body()).isEqualTo(page);
        }

        assertThat(cache.pageStats().answers()).isEqualTo(32);
        assertThat(cache.pageStats().distinct()).isEqualTo(1);
        assertThat(cache.pageStats().bytes() - one).isLessThan(31 * 1024L);
    }

    /** The junk addresses, eight at a time as a few clients would send them. */
    private void flood() throws Exception {
        for (int from = 0; from < FLOOD; from += 8) {
            List<CompletableFuture<HttpResponse<Void>>> batch = new ArrayList<>();
            for (int n = from; n < from + 8; n++) {
                batch.add(site.sendAsync("/api/v1/forces.csv?x=" + n));
            }
            for (CompletableFuture<HttpResponse<Void>> answer : batch) {
                assertThat(answer.get().statusCode()).isEqualTo(200);
            }
        }
    }
}
