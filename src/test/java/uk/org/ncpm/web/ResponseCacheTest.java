package uk.org.ncpm.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseCacheTest {

    private static final byte[] PAGE = "<p>figures</p>".repeat(200).getBytes(StandardCharsets.UTF_8);

    private static AnswerAddress address(String path, String query, String accept) {
        return AnswerAddress.of(path, query, accept).orElseThrow();
    }

    @Test
    void an_answer_is_kept_once_with_a_gzipped_copy_when_it_is_worth_it() {
        ResponseCache cache = new ResponseCache();

        cache.keep(address("/forces/gwent", null, "text/html"), "text/html", null, PAGE);
        cache.keep(address("/tiny", null, null), "text/plain", null, "ok".getBytes(StandardCharsets.UTF_8));

        ResponseCache.Kept page = cache.find(address("/forces/gwent", null, "application/json")).orElseThrow();
        assertThat(page.plain().body().capacity()).isEqualTo(PAGE.length);
        assertThat(page.gzipped()).hasValueSatisfying(g -> assertThat(g.body().capacity()).isLessThan(PAGE.length / 10));
        assertThat(cache.find(address("/tiny", "", "*/*")).orElseThrow().gzipped()).isEmpty();
        long bodies = PAGE.length + page.gzipped().get().body().capacity() + 2;
        // the budget counts headers and the entry too, never less than the bodies
        assertThat(cache.keptBytes()).isGreaterThan(bodies).isLessThan(bodies + 4 * 1024);
    }

    @Test
    void the_least_recently_used_answer_makes_room_and_the_bytes_stay_within_the_budget() {
        long one = weight(new ResponseCache(), "/api/v1/figures.json", "x=0");
        ResponseCache cache = new ResponseCache(SecurityHeaders.strict(), 1024 * 1024, one * 3);

        cache.keep(address("/api/v1/figures.json", "x=0", null), "application/json", null, page(0));
        cache.keep(address("/api/v1/figures.json", "x=1", null), "application/json", null, page(1));
        cache.keep(address("/api/v1/figures.json", "x=2", null), "application/json", null, page(2));
        assertThat(cache.find(address("/api/v1/figures.json", "x=0", null))).isPresent(); // x=1 is now the least recently used
        cache.keep(address("/api/v1/figures.json", "x=3", null), "application/json", null, page(3));

        assertThat(cache.find(address("/api/v1/figures.json", "x=0", null))).isPresent();
        assertThat(cache.find(address("/api/v1/figures.json", "x=1", null))).isEmpty();
        assertThat(cache.find(address("/api/v1/figures.json", "x=3", null))).isPresent();
        assertThat(cache.queryStats().bytes()).isLessThanOrEqualTo(one * 3);
        assertThat(cache.queryStats().evictions()).isEqualTo(1);
    }

    @Test
    void addresses_with_a_query_have_their_own_budget_so_a_flood_of_them_never_pushes_out_a_page() {
        ResponseCache cache = new ResponseCache(SecurityHeaders.strict(), 1024 * 1024, 64 * 1024);
        cache.keep(address("/forces/gwent", null, null), "text/html", null, PAGE);

        for (int i = 0; i < 1000; i++) {
            cache.keep(address("/api/v1/forces.csv", "x=" + i, null), "text/csv", null, page(i));
        }

        assertThat(cache.find(address("/forces/gwent", null, null))).isPresent();
        assertThat(cache.queryStats().bytes()).isLessThanOrEqualTo(64 * 1024);
        assertThat(cache.queryStats().evictions()).isGreaterThan(900);
        assertThat(cache.pageStats().evictions()).isZero();
    }

    @Test
    void addresses_with_the_same_answer_share_it_and_its_bytes_count_once() {
        ResponseCache cache = new ResponseCache();
        cache.keep(address("/forces/gwent", null, null), "text/html", null, PAGE);
        long one = cache.keptBytes();

        for (String spelling : new String[] {"GWENT", "Gwent", "gWeNt", "W15000002", "w15000002"}) {
            cache.keep(address("/forces/" + spelling, null, null), "text/html", null, PAGE);
        }
        cache.keep(address("/forces/kent", null, null), "text/html", null, page(1));

        assertThat(cache.pageStats().answers()).isEqualTo(7);
        assertThat(cache.pageStats().distinct()).isEqualTo(2);
        assertThat(cache.find(address("/forces/GWENT", null, null)).orElseThrow())
                .isSameAs(cache.find(address("/forces/gwent", null, null)).orElseThrow());
        assertThat(cache.keptBytes() - 2 * one).isLessThan(5 * 1024L);
    }

    @Test
    void a_shared_answer_is_let_go_when_its_last_address_is_dropped() {
        long one = weight(new ResponseCache(), "/a", null);
        ResponseCache cache = new ResponseCache(SecurityHeaders.strict(), one * 2, 1024);
        cache.keep(address("/a", null, null), "text/html", null, PAGE);
        cache.keep(address("/A", null, null), "text/html", null, PAGE);

        cache.keep(address("/b", null, null), "text/html", null, page(1));
        cache.keep(address("/c", null, null), "text/html", null, page(2));

        // /b needed the room of /a's answer: both its addresses went, and the answer with them
        assertThat(cache.pageStats().distinct()).isEqualTo(2);
        assertThat(cache.find(address("/b", null, null))).isPresent();
        assertThat(cache.find(address("/c", null, null))).isPresent();
        assertThat(cache.find(address("/a", null, null))).isEmpty();
        assertThat(cache.find(address("/A", null, null))).isEmpty();
        assertThat(cache.pageStats().bytes()).isLessThanOrEqualTo(one * 2);
    }

    @Test
    void an_answer_larger_than_its_whole_budget_is_not_kept() {
        ResponseCache cache = new ResponseCache(SecurityHeaders.strict(), 1024, 1024);

        cache.keep(address("/forces/gwent", null, null), "text/html", null, PAGE);

        assertThat(cache.find(address("/forces/gwent", null, null))).isEmpty();
        assertThat(cache.keptBytes()).isZero();
    }

    @Test
    void the_same_address_is_kept_once() {
        ResponseCache cache = new ResponseCache();

        cache.keep(address("/a", null, null), "text/html", null, PAGE);
        long bytes = cache.keptBytes();
        cache.keep(address("/a", null, null), "text/html", null, "other".getBytes(StandardCharsets.UTF_8));

        assertThat(cache.keptBytes()).isEqualTo(bytes);
        assertThat(cache.find(address("/a", null, null)).orElseThrow().plain().body().capacity()).isEqualTo(PAGE.length);
    }

    @Test
    void an_answer_whose_format_the_accept_header_chose_varies_by_accept() {
        ResponseCache cache = new ResponseCache();

        cache.keep(address("/api/v1/figures", "metric=homicide", "text/csv"), "text/csv", null, PAGE);
        cache.keep(address("/forces/gwent", null, "text/html"), "text/html", null, PAGE);
        cache.keep(address("/api/v1/forces", null, "*/*"), "application/json", null, "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(vary(cache.find(address("/api/v1/figures", "metric=homicide", "text/csv;q=0.9, application/json;q=0.5"))
                .orElseThrow().plain())).isEqualTo("Accept, Accept-Encoding");
        assertThat(vary(cache.find(address("/forces/gwent", null, null)).orElseThrow().plain())).isEqualTo("Accept-Encoding");
        assertThat(vary(cache.find(address("/api/v1/forces", null, null)).orElseThrow().plain())).isEqualTo("Accept");
    }

    @Test
    void if_none_match_compares_weakly_and_accepts_a_list_or_a_star() {
        ResponseCache cache = new ResponseCache();
        cache.keep(address("/a", null, null), "text/html", null, PAGE);
        ResponseCache.Variant plain = cache.find(address("/a", null, null)).orElseThrow().plain();
        String etag = plain.etag();

        assertThat(plain.matches(etag)).isTrue();
        assertThat(plain.matches("W/" + etag)).isTrue();
        assertThat(plain.matches("\"x\", " + etag)).isTrue();
        assertThat(plain.matches("*")).isTrue();
        assertThat(plain.matches("\"x\"")).isFalse();
        assertThat(plain.matches(null)).isFalse();
        assertThat(cache.find(address("/a", null, null)).orElseThrow().gzipped().orElseThrow().matches(etag)).isFalse();
    }

    @Test
    void the_headers_kept_carry_hsts_when_the_site_sends_it() {
        ResponseCache cache = new ResponseCache(SecurityHeaders.of(true), 1024 * 1024, 1024 * 1024);
        cache.keep(address("/a", null, null), "text/html", null, PAGE);

        assertThat(cache.find(address("/a", null, null)).orElseThrow().plain().headers())
                .anySatisfy(f -> assertThat(f.toString()).isEqualTo("Strict-Transport-Security: " + SecurityHeaders.HSTS));
    }

    /** A page of the same size as PAGE, different for each n. */
    private static byte[] page(int n) {
        byte[] page = PAGE.clone();
        byte[] mark = Integer.toString(n).getBytes(StandardCharsets.UTF_8);
        System.arraycopy(mark, 0, page, 0, mark.length);
        return page;
    }

    private static String vary(ResponseCache.Variant variant) {
        return variant.headers().stream().filter(f -> f.getName().equals("Vary")).map(f -> f.getValue()).findFirst().orElse(null);
    }

    /** What one kept PAGE weighs against a budget at this address. */
    private static long weight(ResponseCache cache, String path, String query) {
        cache.keep(address(path, query, null), "application/json", null, PAGE);
        return cache.keptBytes();
    }
}
