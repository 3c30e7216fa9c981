package uk.org.ncpm.release;

import uk.org.ncpm.measures.Figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed from one release to the next (docs/method.md, "Revisions"): figures that are new, figures
 * of a period both hold whose value, interval or availability changed ("as published" beside "revised",
 * with the source files that changed as the reason), and verdicts that changed.
 */
public record Revisions(List<Figure> added, List<Revised> revised, List<Revised> verdictsChanged) {

    /**
     * One figure as the earlier release published it and as the later one gives it.
     *
     * @param filesAdded   source files the revised figure rests on that the published one did not
     * @param filesDropped source files the published figure rested on that the revised one does not
     */
    public record Revised(Figure asPublished, Figure revised, Set<Long> filesAdded, Set<Long> filesDropped) {
    }

    public Revisions {
        added = List.copyOf(added);
        revised = List.copyOf(revised);
        verdictsChanged = List.copyOf(verdictsChanged);
    }

    public static Revisions between(List<Figure> earlier, List<Figure> later) {
        Map<String, Figure> before = new LinkedHashMap<>();
        earlier.forEach(f -> before.put(key(f), f));
        List<Figure> added = new ArrayList<>();
        List<Revised> revised = new ArrayList<>();
        List<Revised> verdicts = new ArrayList<>();
        for (Figure now : later) {
            Figure then = before.get(key(now));
            if (then == null) {
                added.add(now);
                continue;
            }
            Revised change = new Revised(then, now, difference(now.files(), then.files()), difference(then.files(), now.files()));
            if (!sameNumbers(then, now)) {
                revised.add(change);
            }
            if (!then.verdict().equals(now.verdict())) {
                verdicts.add(change);
            }
        }
        return new Revisions(added, revised, verdicts);
    }

    public boolean isEmpty() {
        return added.isEmpty() && revised.isEmpty() && verdictsChanged.isEmpty();
    }

    private static String key(Figure f) {
        return f.metric() + "|" + f.areaCode() + "|" + f.periodEnd() + "|" + f.source();
    }

    /** The same value, interval, rate and availability: a figure recomputed from the same files is not revised. */
    private static boolean sameNumbers(Figure a, Figure b) {
        return a.isAvailable() == b.isAvailable() && a.value().equals(b.value()) && a.lower().equals(b.lower())
                && a.upper().equals(b.upper()) && a.rate().equals(b.rate()) && Objects.equals(a.reason(), b.reason());
    }

    private static Set<Long> difference(Set<Long> a, Set<Long> b) {
        Set<Long> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    /** The latest period the later release adds, if it adds one. */
    public Optional<java.time.YearMonth> newPeriod() {
        return added.stream().map(Figure::periodEnd).max(java.time.YearMonth::compareTo);
    }
}
