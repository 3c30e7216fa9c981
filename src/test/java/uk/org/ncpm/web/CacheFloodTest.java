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
    private static final long QUERY_BUDGET = 2L * 1024 * 1024;

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
