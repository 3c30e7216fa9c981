package uk.org.ncpm.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseCacheTest {

    private static final byte[] PAGE = "<p>figures</p>".repeat(200).getBytes(StandardCharsets.UTF_8);

    @Test
    void an_answer_is_kept_once_with_a_gzipped_copy_when_it_is_worth_it() {
        ResponseCache cache = new ResponseCache();

        cache.keep(ResponseCache.key("/forces/gwent", null, "text/html"), "text/html", null, PAGE);
        cache.keep(ResponseCache.key("/tiny", null, null), "text/plain", null, "ok".getBytes(StandardCharsets.UTF_8));

        ResponseCache.Kept page = cache.find("/forces/gwent?|text/html").orElseThrow();
        assertThat(page.plain().body().capacity()).isEqualTo(PAGE.length);
        assertThat(page.gzipped()).hasValueSatisfying(g -> assertThat(g.body().capacity()).isLessThan(PAGE.length / 10));
        assertThat(cache.find("/tiny?|").orElseThrow().gzipped()).isEmpty();
        assertThat(cache.keptBytes()).isEqualTo(PAGE.length + page.gzipped().get().body().capacity() + 2);
    }

    @Test
    void answers_past_the_byte_budget_are_not_kept_so_endless_queries_cannot_exhaust_memory() {
        ResponseCache cache = new ResponseCache(PAGE.length * 3L);

        for (int i = 0; i < 10; i++) {
            cache.keep(ResponseCache.key("/api/v1/figures.json", "x=" + i, null), "application/json", null, PAGE);
        }

        assertThat(cache.keptBytes()).isLessThanOrEqualTo(PAGE.length * 3L);
        assertThat(cache.find(ResponseCache.key("/api/v1/figures.json", "x=0", null))).isPresent();
        assertThat(cache.find(ResponseCache.key("/api/v1/figures.json", "x=9", null))).isEmpty();
    }

    @Test
    void the_same_address_is_kept_once() {
        ResponseCache cache = new ResponseCache();

        cache.keep("/a?|", "text/html", null, PAGE);
        long bytes = cache.keptBytes();
        cache.keep("/a?|", "text/html", null, "other".getBytes(StandardCharsets.UTF_8));

        assertThat(cache.keptBytes()).isEqualTo(bytes);
        assertThat(cache.find("/a?|").orElseThrow().plain().body().capacity()).isEqualTo(PAGE.length);
    }

    @Test
    void if_none_match_compares_weakly_and_accepts_a_list_or_a_star() {
        ResponseCache cache = new ResponseCache();
        cache.keep("/a?|", "text/html", null, PAGE);
        ResponseCache.Variant plain = cache.find("/a?|").orElseThrow().plain();
        String etag = plain.etag();

        assertThat(plain.matches(etag)).isTrue();
        assertThat(plain.matches("W/" + etag)).isTrue();
        assertThat(plain.matches("\"x\", " + etag)).isTrue();
        assertThat(plain.matches("*")).isTrue();
        assertThat(plain.matches("\"x\"")).isFalse();
        assertThat(plain.matches(null)).isFalse();
        assertThat(cache.find("/a?|").orElseThrow().gzipped().orElseThrow().matches(etag)).isFalse();
    }
}
