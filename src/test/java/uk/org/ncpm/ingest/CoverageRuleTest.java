package uk.org.ncpm.ingest;

import uk.org.ncpm.ingest.CoverageStatus;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule, worked by hand: a month is partial when its records are under half the median of the
 * months with data among the six before and six after it; with fewer than three such months it is
 * complete, saying so; a loaded file with no records is partial; no file is missing.
 */
class CoverageRuleTest {

    private static final String FORCE = "E23000002";
    private static final YearMonth JUNE = YearMonth.of(2019, 6);

    private static CoverageRow assessJune(Map<YearMonth, Long> months) {
        List<CoverageRow> rows = CoverageRule.assess("police-uk", List.of(FORCE), JUNE, JUNE, Map.of(FORCE, months));
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private static Map<YearMonth, Long> months(Object... monthThenRecords) {
        Map<YearMonth, Long> map = new HashMap<>();
        for (int i = 0; i < monthThenRecords.length; i += 2) {
            map.put(YearMonth.parse((String) monthThenRecords[i]), ((Number) monthThenRecords[i + 1]).longValue());
        }
        return map;
    }

    @Test
    void a_month_with_no_file_is_missing_with_zero_records() {
        CoverageRow row = assessJune(months("2019-05", 100, "2019-07", 100, "2019-08", 100));

        assertThat(row).isEqualTo(new CoverageRow("police-uk", FORCE, JUNE, 0, CoverageStatus.MISSING,
                "no file loaded for this force and month"));
    }

    @Test
    void a_file_with_no_crime_records_is_partial() {
        CoverageRow row = assessJune(months("2019-05", 100, "2019-06", 0, "2019-07", 100, "2019-08", 100));

        assertThat(row).isEqualTo(new CoverageRow("police-uk", FORCE, JUNE, 0, CoverageStatus.PARTIAL,
                "file loaded but it holds no crime records"));
    }

    @Test
    void with_fewer_than_three_surrounding_months_a_month_with_records_is_complete_and_says_why() {
        // 2018-11 is seven months before June: outside the window, so only two neighbours count.
        CoverageRow row = assessJune(months("2018-11", 1000, "2019-05", 1000, "2019-06", 1, "2019-12", 1000));

        assertThat(row).isEqualTo(new CoverageRow("police-uk", FORCE, JUNE, 1, CoverageStatus.COMPLETE,
                "file loaded; only 2 surrounding months with data, too few to judge its volume"));
    }

    @Test
    void a_lone_month_is_complete_with_no_neighbours() {
        assertThat(assessJune(months("2019-06", 5)).reason())
                .isEqualTo("file loaded; only 0 surrounding months with data, too few to judge its volume");
    }

    @Test
    void median_of_an_odd_count_is_the_middle_value() {
        // Neighbours 90, 100, 130 (sorted): median 100; half is 50; June's 60 is not under it.
        CoverageRow row = assessJune(months("2019-03", 130, "2019-05", 90, "2019-06", 60, "2019-09", 100));

        assertThat(row).isEqualTo(new CoverageRow("police-uk", FORCE, JUNE, 60, CoverageStatus.COMPLETE,
                "usual volume (median of 3 surrounding months: 100)"));
    }

    @Test
    void median_of_an_even_count_is_the_mean_of_the_two_middle_values() {
        // Neighbours 40, 90, 100, 200 (sorted): median (90 + 100) / 2 = 95; half is 47.5; 47 is under it.
        CoverageRow row = assessJune(months("2019-01", 200, "2019-04", 90, "2019-06", 47, "2019-08", 100,
                "2019-12", 40));

        assertThat(row).isEqualTo(new CoverageRow("police-uk", FORCE, JUNE, 47, CoverageStatus.PARTIAL,
                "under half the force's usual volume (median of 4 surrounding months: 95)"));
    }

    @Test
    void a_fractional_median_is_printed_with_its_fraction() {
        // Neighbours 100, 101, 200, 300: median (101 + 200) / 2 = 150.5; half is 75.25; 75 is under it, 76 is not.
        Map<YearMonth, Long> months = months("2019-02", 100, "2019-03", 101, "2019-09", 200, "2019-10", 300);
        months.put(JUNE, 75L);
        CoverageRow under = assessJune(months);
        months.put(JUNE, 76L);
        CoverageRow over = assessJune(months);

        assertThat(under.status()).isEqualTo(CoverageStatus.PARTIAL);
        assertThat(under.reason()).isEqualTo("under half the force's usual volume (median of 4 surrounding months: 150.5)");
        assertThat(over.status()).isEqualTo(CoverageStatus.COMPLETE);
        assertThat(over.reason()).isEqualTo("usual volume (median of 4 surrounding months: 150.5)");
    }

    @Test
    void exactly_half_the_median_is_not_partial() {
        // Neighbours 100, 100, 100: median 100; 50 is exactly half, not under it; 49 is under.
        Map<YearMonth, Long> months = months("2019-05", 100, "2019-07", 100, "2019-08", 100, "2019-06", 50);
        assertThat(assessJune(months).status()).isEqualTo(CoverageStatus.COMPLETE);

        months.put(JUNE, 49L);
        assertThat(assessJune(months).status()).isEqualTo(CoverageStatus.PARTIAL);
    }

    @Test
    void uses_only_the_six_months_either_side() {
        // Inside the window (Dec 2018 .. Dec 2019, June excluded): 100, 100, 100 → median 100.
        // Outside: 2018-11 and 2020-01 hold 10000 and would lift the median if they were counted.
        CoverageRow row = assessJune(months("2018-11", 10_000, "2018-12", 100, "2019-06", 60, "2019-12", 100,
                "2019-07", 100, "2020-01", 10_000));

        assertThat(row.reason()).isEqualTo("usual volume (median of 3 surrounding months: 100)");
    }

    @Test
    void counts_neighbouring_files_with_no_records_as_months_with_data() {
        // Neighbours 0, 0, 10: median 0; files with no records still count as months with data, and a
        // usual volume under 20 records is too small to call any month partial.
        CoverageRow row = assessJune(months("2019-04", 0, "2019-05", 0, "2019-06", 1, "2019-07", 10));

        assertThat(row.status()).isEqualTo(CoverageStatus.COMPLETE);
        assertThat(row.reason()).isEqualTo("file loaded; usual volume too small to judge (median of 3 surrounding months: 0)");
    }

    @Test
    void does_not_judge_small_volumes_where_chance_alone_halves_a_month() {
        // Neighbours 18, 19, 19: median 19, under 20; 5 records would be "under half" but is left complete.
        CoverageRow small = assessJune(months("2019-04", 18, "2019-05", 19, "2019-06", 5, "2019-07", 19));
        // Neighbours 20, 20, 21: median 20; 9 is under half of it: partial.
        CoverageRow large = assessJune(months("2019-04", 20, "2019-05", 20, "2019-06", 9, "2019-07", 21));

        assertThat(small.status()).isEqualTo(CoverageStatus.COMPLETE);
        assertThat(small.reason()).isEqualTo("file loaded; usual volume too small to judge (median of 3 surrounding months: 19)");
        assertThat(large.status()).isEqualTo(CoverageStatus.PARTIAL);
    }

    @Test
    void gives_one_row_per_force_and_month_in_range_in_force_then_month_order() {
        Map<String, Map<YearMonth, Long>> present = Map.of("E23000001", months("2019-02", 10));

        List<CoverageRow> rows = CoverageRule.assess("police-uk", List.of("E23000001", "E23000002"),
                YearMonth.of(2019, 1), YearMonth.of(2019, 3), present);

        assertThat(rows).extracting(r -> r.forceCode() + " " + r.month() + " " + r.status() + " " + r.records())
                .containsExactly(
                        "E23000001 2019-01 missing 0",
                        "E23000001 2019-02 complete 10",
                        "E23000001 2019-03 missing 0",
                        "E23000002 2019-01 missing 0",
                        "E23000002 2019-02 missing 0",
                        "E23000002 2019-03 missing 0");
    }

    @Test
    void median_handles_one_value_and_unsorted_input() {
        assertThat(CoverageRule.median(List.of(7L))).isEqualTo(7.0);
        assertThat(CoverageRule.median(List.of(9L, 1L, 5L))).isEqualTo(5.0);
        assertThat(CoverageRule.median(List.of(9L, 1L, 5L, 2L))).isEqualTo(3.5);
    }
}
