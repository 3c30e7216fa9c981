package uk.org.ncpm.cli;

import java.time.YearMonth;
import java.util.List;

/** One row of {@code ncpm coverage --format csv}, parsed by the tests' own splitter. */
record CoverageCsv(String source, String forceCode, YearMonth month, long records, String status, String reason,
                   long duplicatesDropped) {

    static final String HEADER = "source,force_code,month,records,status,reason,duplicates_dropped";

    static List<CoverageCsv> parse(String csv) {
        List<String> lines = csv.lines().toList();
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IllegalArgumentException("not coverage CSV: " + csv.lines().limit(3).toList());
        }
        return lines.stream().skip(1).map(CsvLine::split).map(f -> new CoverageCsv(f.get(0), f.get(1),
                YearMonth.parse(f.get(2)), Long.parseLong(f.get(3)), f.get(4), f.get(5), Long.parseLong(f.get(6)))).toList();
    }
}
