package uk.org.ncpm.ingest.fetch;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FetchMonthRangeTest {

    @Test
    void reads_a_range_or_one_month() {
        assertThat(MonthRange.parse("2019-03..2019-06").months()).containsExactly(
                YearMonth.of(2019, 3), YearMonth.of(2019, 4), YearMonth.of(2019, 5), YearMonth.of(2019, 6));
        assertThat(MonthRange.parse("2019-03")).isEqualTo(new MonthRange(YearMonth.of(2019, 3), YearMonth.of(2019, 3)));
    }

    @Test
    void refuses_a_range_that_runs_backwards_naming_it() {
        assertThatThrownBy(() -> MonthRange.parse("2019-06..2019-03"))
                .hasMessage("month range 2019-06..2019-03: the last month is before the first");
        assertThatThrownBy(() -> MonthRange.parse("2019-03..2019-04..2019-05"))
                .hasMessageContaining("expected YYYY-MM..YYYY-MM");
    }

    @Test
    void splits_a_long_range_into_archive_windows_of_36_months() {
        assertThat(MonthRange.parse("2016-01..2019-06").pieces(PoliceUkArchive.WINDOW_MONTHS)).containsExactly(
                MonthRange.parse("2016-01..2018-12"), MonthRange.parse("2019-01..2019-06"));
    }

    @Test
    void an_archive_holds_the_36_months_ending_with_its_own() {
        PoliceUkArchive archive = new PoliceUkArchive(YearMonth.of(2022, 2));

        assertThat(archive.window()).isEqualTo(MonthRange.parse("2019-03..2022-02"));
        assertThat(archive.holds(MonthRange.parse("2019-03..2019-06"))).isTrue();
        assertThat(archive.holds(MonthRange.parse("2019-02..2019-06"))).isFalse();
        assertThat(archive.uri(URI.create("https://data.police.uk/"))).hasToString("https://data.police.uk/data/archive/2022-02.zip");
    }
}
