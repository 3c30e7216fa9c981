package uk.org.ncpm.ingest.homeoffice;

import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.ingest.Observation;
import uk.org.ncpm.ingest.SourceMarker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The roll-up's rows by force, quarter and offence group, turned into observations with its missing
 * rows read as the reader's javadoc says: no rows for a force and quarter is not available; a group
 * missing beside other rows is a dropped zero, within the quarters that group appears in at all.
 */
final class RollUpQuarters {

    private final Map<ForceQuarter, Map<String, QuarterlyTally>> tallies = new HashMap<>();
    private final Map<String, Span> groupSpans = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private long zeros;
    private long repeated;

    void add(Force force, FinancialQuarter quarter, String series, long count, RowPosition at) {
        tallies.computeIfAbsent(new ForceQuarter(force.code(), quarter), k -> new LinkedHashMap<>())
                .computeIfAbsent(series, s -> new QuarterlyTally(at)).add(count, at);
        groupSpans.merge(series, new Span(quarter, quarter), Span::widen);
    }

    boolean isEmpty() {
        return groupSpans.isEmpty();
    }

    /** Every territorial force, for every quarter from the file's first to its last. */
    List<Observation> observations(List<Force> forces) {
        Span file = groupSpans.values().stream().reduce(Span::widen).orElseThrow();
        List<Observation> observations = new ArrayList<>();
        for (Force force : forces) {
            List<FinancialQuarter> missing = new ArrayList<>();
            for (FinancialQuarter q = file.first(); q.compareTo(file.last()) <= 0; q = q.next()) {
                Map<String, QuarterlyTally> groups = tallies.get(new ForceQuarter(force.code(), q));
                if (groups == null) {
                    missing.add(q);
                    notAvailable(force, q, observations);
                } else {
                    available(force, q, groups, observations);
                }
            }
            if (!missing.isEmpty()) {
                notes.add(force.name() + ": not available (no rows) for " + missing.size() + " quarters: " + runs(missing));
            }
        }
        groupSpans.forEach((series, span) -> {
            if (!span.equals(file)) {
                notes.add(series + " is in the roll-up only from " + span.first() + " to " + span.last()
                        + "; nothing stored outside");
            }
        });
        notes.add(0, "quarters " + file.first() + " to " + file.last() + "; zero-count rows inferred: " + zeros
                + "; figures summed from repeated rows: " + repeated);
        return observations;
    }

    /** Remarks for the ingest report, once {@link #observations} has run. */
    List<String> notes() {
        return notes;
    }

    private void available(Force force, FinancialQuarter q, Map<String, QuarterlyTally> groups, List<Observation> out) {
        QuarterlyTally all = groups.values().iterator().next().emptyLike();
        QuarterlyTally everyRow = all.emptyLike();
        groups.values().forEach(everyRow::add);
        for (Map.Entry<String, Span> group : groupSpans.entrySet()) {
            String series = group.getKey();
            QuarterlyTally tally = groups.get(series);
            if (!group.getValue().contains(q)) {
                continue;
            }
            if (tally == null) {
                zeros++;
                out.add(Observation.of(series, force.code(), q.start(), q.end(), 0, "count",
                        "no row; this force and quarter: " + everyRow.location(), PrcRollUpReader.PROVENANCE
                                + "; zero: no row for this group where the force's quarter has other rows "
                                + "(the roll-up dropped zero-count rows)"));
                continue;
            }
            repeated += tally.rows() > 1 ? 1 : 0;
            out.add(Observation.of(series, force.code(), q.start(), q.end(), tally.sum(), "count", tally.location(),
                    PrcRollUpReader.PROVENANCE + (tally.rows() == 1 ? ""
                            : "; sum of " + tally.rows() + " rows for the same force, quarter and offence group")));
            if (!series.equals(PrcRollUpReader.FRAUD)) {
                all.add(tally);
            }
        }
        out.add(Observation.of(PrcRollUpReader.ALL_GROUPS, force.code(), q.start(), q.end(), all.sum(), "count",
                all.location(), PrcRollUpReader.PROVENANCE + "; sum of the offence groups other than fraud offences"));
    }

    private void notAvailable(Force force, FinancialQuarter q, List<Observation> out) {
        List<String> series = new ArrayList<>(groupSpans.entrySet().stream()
                .filter(g -> g.getValue().contains(q)).map(Map.Entry::getKey).toList());
        series.add(PrcRollUpReader.ALL_GROUPS);
        for (String id : series) {
            out.add(Observation.notAvailable(id, force.code(), q.start(), q.end(), SourceMarker.NO_ROWS, "count",
                    "no rows for this force and quarter", PrcRollUpReader.PROVENANCE
                            + "; not available: the roll-up has no rows at all for this force and quarter "
                            + "(missing data, not zero)"));
        }
    }

    /** Consecutive quarters as runs: "2022/23 Q3 to 2023/24 Q2, 2023/24 Q4". */
    static String runs(List<FinancialQuarter> quarters) {
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < quarters.size(); ) {
            int j = i;
            while (j + 1 < quarters.size() && quarters.get(j).next().equals(quarters.get(j + 1))) {
                j++;
            }
            runs.add(i == j ? quarters.get(i).toString() : quarters.get(i) + " to " + quarters.get(j));
            i = j + 1;
        }
        return String.join(", ", runs);
    }

    private record ForceQuarter(String areaCode, FinancialQuarter quarter) {
    }

    /** First and last quarter, both included. */
    private record Span(FinancialQuarter first, FinancialQuarter last) {

        Span widen(Span other) {
            return new Span(first.compareTo(other.first) <= 0 ? first : other.first,
                    last.compareTo(other.last) >= 0 ? last : other.last);
        }

        boolean contains(FinancialQuarter q) {
            return q.compareTo(first) >= 0 && q.compareTo(last) <= 0;
        }
    }
}
