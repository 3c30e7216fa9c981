package uk.org.ncpm.measures;

import uk.org.ncpm.ingest.CoverageStatus;
import org.junit.jupiter.api.Test;
import uk.org.ncpm.ingest.CoverageRow;
import uk.org.ncpm.store.StreetCountQuery;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MonthlySeriesTest {

    private static final String GWENT = "W15000002";
    private static final YearMonth JAN = YearMonth.of(2020, 1);

    @Test
    void counts_complete_months_and_leaves_partial_and_missing_months_as_gaps_never_zero() {
        SourceData data = new SourceData(List.of(),
                List.of(new StreetCountQuery.Count(GWENT, JAN, "Burglary", 40),
                        new StreetCountQuery.Count(GWENT, JAN, "Vehicle crime", 25),
                        new StreetCountQuery.Count(GWENT, JAN, "Drugs", 9),
                        new StreetCountQuery.Count(GWENT, JAN.plusMonths(1), "Burglary", 3),
                        new StreetCountQuery.Count(GWENT, JAN.plusMonths(3), "Drugs", 5)),
                List.of(coverage(JAN, CoverageStatus.COMPLETE), coverage(JAN.plusMonths(1), CoverageStatus.PARTIAL),
                        coverage(JAN.plusMonths(3), CoverageStatus.COMPLETE)),
                Map.of("Burglary", "neighbourhood-crime", "Vehicle crime", "neighbourhood-crime"), List.of());

        MonthlySeries series = MonthlySeries.fromStreetRecords(data, "neighbourhood-crime", GWENT, JAN, JAN.plusMonths(3));

        // 2020-04 is complete but holds none of the metric's crime types: a true 0, not a gap.
        assertThat(series.counts()).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(JAN, 65L, JAN.plusMonths(3), 0L)));
        assertThat(series.gaps()).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(
                JAN.plusMonths(1), "partial", JAN.plusMonths(2), "missing")));
    }

    @Test
    void every_month_is_either_counted_or_a_gap() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MonthlySeries(JAN, JAN.plusMonths(1), new java.util.TreeMap<>(Map.of(JAN, 1L)), Map.of()))
                .withMessage("month 2020-02 must be either counted or a gap, found neither");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MonthlySeries(JAN, JAN, new java.util.TreeMap<>(Map.of(JAN, 1L)), Map.of(JAN, "missing")))
                .withMessage("month 2020-01 must be either counted or a gap, found both");
    }

    private static CoverageRow coverage(YearMonth month, CoverageStatus status) {
        return new CoverageRow("police-uk", GWENT, month, 10, status, "test");
    }
}
