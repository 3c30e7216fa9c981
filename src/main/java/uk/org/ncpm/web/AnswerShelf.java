package uk.org.ncpm.web;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Kept answers under one byte budget: when a new answer needs room, the least recently used go first.
 * Strict LRU under one lock, rather than a library cache whose admission policy may turn away an
 * address asked for once and whose eviction runs later: the flood test wants a page kept at its
 * first request and the bytes never over budget.
 *
 * <p>Addresses that give the same answer share it, and its bytes count once: {@code /forces/gwent},
 * {@code /forces/GWENT}, {@code /forces/W15000002} are one page. Made-up spellings of an id (its
 * letters in any case) then weigh a few hundred bytes each, not a page each, and a flood of them has
 * to be hundreds of times longer to push out the pages.
 */
final class AnswerShelf {

    /** What a shelf holds and has done, for tests and for people reading a heap. */
    record Stats(int answers, int distinct, long bytes, long budget, long hits, long misses, long evictions) {
    }

    /** One address: the answer it shares and the bytes of the address itself. */
    private record Entry(ResponseCache.Kept answer, long addressBytes) {
    }

    private final long budget;
    private final LinkedHashMap<AnswerAddress, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    /** Each distinct answer kept, by {@link ResponseCache.Kept#identity()}, with the number of addresses sharing it. */
    private final Map<String, Shared> answers = new HashMap<>();
    private long bytes;
    private long hits;
    private long misses;
    private long evictions;

    private static final class Shared {
        final ResponseCache.Kept answer;
        int addresses;

        Shared(ResponseCache.Kept answer) {
            this.answer = answer;
        }
    }

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

    /**
     * Keeps the answer for the address, sharing an identical one already kept, and makes room by
     * dropping the least recently used addresses; an answer larger than the whole budget is not kept.
     *
     * @param addressBytes what the address itself holds (its characters, the map entry)
     */
    synchronized void keep(AnswerAddress address, ResponseCache.Kept answer, long addressBytes) {
        Shared shared = answers.get(answer.identity());
        long added = addressBytes + (shared == null ? answer.bytes() : 0);
        if (added > budget || entries.containsKey(address)) {
            return;
        }
        if (shared == null) {
            shared = new Shared(answer);
            answers.put(answer.identity(), shared);
        }
        shared.addresses++;
        entries.put(address, new Entry(shared.answer, addressBytes));
        bytes += added;
        Iterator<Map.Entry<AnswerAddress, Entry>> eldest = entries.entrySet().iterator();
        while (bytes > budget) {
            Entry dropped = eldest.next().getValue();
            eldest.remove();
            evictions++;
            bytes -= dropped.addressBytes();
            Shared of = answers.get(dropped.answer().identity());
            if (--of.addresses == 0) {
                answers.remove(dropped.answer().identity());
                bytes -= of.answer.bytes();
            }
        }
    }

    /** Whether the address is kept, without counting a hit or a miss or refreshing its place. */
    /** Lets go of every answer: the site now shows another release. */
    synchronized void clear() {
        entries.clear();
        answers.clear();
        bytes = 0;
    }

    synchronized boolean holds(AnswerAddress address) {
        return entries.containsKey(address);
    }

    synchronized Stats stats() {
        return new Stats(entries.size(), answers.size(), bytes, budget, hits, misses, evictions);
    }
}
