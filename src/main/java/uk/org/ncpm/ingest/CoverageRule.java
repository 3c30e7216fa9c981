package uk.org.ncpm.ingest;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides, for every force and month, whether its data are complete, partial or missing.
 *
 * <p>A month is {@code partial} when its crime records are under half the force's usual volume:
 * the median of the months with data among the six before and six after it (the surrounding
 * 12 months). With fewer than three such months there is nothing reliable to compare with and a
 * month with records counts as complete, saying so; likewise when the usual volume is under 20
 * records, where chance alone halves a month's count too often to call it a data gap. A file
 * with no crime records is partial.
 * A month with no file is {@code missing}: never zero crime.
 */
public final class CoverageRule {

    static final int HALF_WINDOW = 6;
    static final int MIN_NEIGHBOURS = 3;
    static final double PARTIAL_SHARE = 0.5;
    static final double MIN_USUAL = 20;

    private CoverageRule() {
    }

    /**
     * @param present records per force and month, for the force-months that have a file
     */
    public static List<CoverageRow> assess(String source, List<String> forceCodes, YearMonth from, YearMonth to,
                                           Map<String, Map<YearMonth, Long>> present) {
        return assess(source, forceCodes, from, to, present, Map.of());
    }

    /**
     * @param present    records per force and month (identical duplicate rows counted once), for the
     *                   force-months that have a file
     * @param duplicates identical duplicate rows not counted, per force and month (absent: none)
     */
    public static List<CoverageRow> assess(String source, List<String> forceCodes, YearMonth from, YearMonth to,
                                           Map<String, Map<YearMonth, Long>> present,
                                           Map<String, Map<YearMonth, Long>> duplicates) {
        List<CoverageRow> rows = new ArrayList<>();
        for (String force : forceCodes) {
            Map<YearMonth, Long> months = present.getOrDefault(force, Map.of());
            Map<YearMonth, Long> dropped = duplicates.getOrDefault(force, Map.of());
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                CoverageRow row = assess(source, force, month, months);
                long n = dropped.getOrDefault(month, 0L);
                rows.add(n == 0 ? row : new CoverageRow(row.source(), row.forceCode(), row.month(), row.records(), row.status(),
                        row.reason(), n));
            }
        }
        return rows;
    }

    private static CoverageRow assess(String source, String force, YearMonth month, Map<YearMonth, Long> months) {
        Long records = months.get(month);
        if (records == null) {
            return new CoverageRow(source, force, month, 0, CoverageStatus.MISSING, "no file loaded for this force and month");
        }
        if (records == 0) {
            return new CoverageRow(source, force, month, 0, CoverageStatus.PARTIAL, "file loaded but it holds no crime records");
        }
        List<Long> neighbours = new ArrayList<>();
        for (int offset = -HALF_WINDOW; offset <= HALF_WINDOW; offset++) {
            Long n = offset == 0 ? null : months.get(month.plusMonths(offset));
            if (n != null) {
                neighbours.add(n);
            }
        }
        if (neighbours.size() < MIN_NEIGHBOURS) {
            return new CoverageRow(source, force, month, records, CoverageStatus.COMPLETE,
                    "file loaded; only " + neighbours.size() + " surrounding months with data, too few to judge its volume");
        }
        double usual = median(neighbours);
        String basis = "median of " + neighbours.size() + " surrounding months: " + format(usual);
        if (usual < MIN_USUAL) {
            return new CoverageRow(source, force, month, records, CoverageStatus.COMPLETE,
                    "file loaded; usual volume too small to judge (" + basis + ")");
        }
        if (records < PARTIAL_SHARE * usual) {
            return new CoverageRow(source, force, month, records, CoverageStatus.PARTIAL,
                    "under half the force's usual volume (" + basis + ")");
        }
        return new CoverageRow(source, force, month, records, CoverageStatus.COMPLETE, "usual volume (" + basis + ")");
    }

    static double median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
