package uk.org.ncpm.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Kept answers under one byte budget: when a new answer needs room, the least recently used go first.
 * Strict LRU under one lock, rather than a library cache whose admission policy may turn away an
 * address asked for once and whose eviction runs later: the flood test wants a page kept at its
 * first request and the bytes never over budget.
 */
final class AnswerShelf {

    /** What a shelf holds and has done, for tests and for people reading a heap. */
    record Stats(int answers, long bytes, long budget, long hits, long misses, long evictions) {
    }

    private record Entry(ResponseCache.Kept answer, long bytes) {
    }

    private final long budget;
    private final LinkedHashMap<AnswerAddress, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private long hits;
    private long misses;
    private long evictions;

    AnswerShelf(long budget) {
        this.budget = budget;
    }

    synchronized Optional<ResponseCache.Kept> find(AnswerAddress address) {
        Entry entry = entries.get(address);
        if (entry == null) {
            misses++;
            return Optional.empty();
        }
        hits++;
        return Optional.of(entry.answer());
    }

    /** Keeps the answer, making room by dropping the least recently used; one larger than the whole budget is not kept. */
    synchronized void keep(AnswerAddress address, ResponseCache.Kept answer, long answerBytes) {
        if (answerBytes > budget || entries.containsKey(address)) {
            return;
        }
        entries.put(address, new Entry(answer, answerBytes));
        bytes += answerBytes;
        Iterator<Map.Entry<AnswerAddress, Entry>> eldest = entries.entrySet().iterator();
        while (bytes > budget) {
            bytes -= eldest.next().getValue().bytes();
            eldest.remove();
            evictions++;
        }
    }

    /** Whether the address is kept, without counting a hit or a miss or refreshing its place. */
    synchronized boolean holds(AnswerAddress address) {
        return entries.containsKey(address);
    }

    synchronized Stats stats() {
        return new Stats(entries.size(), bytes, budget, hits, misses, evictions);
    }
}
