package uk.org.ncpm.ingest.ons;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class EditionPeriodTest {

    @Test
    void reads_the_twelve_months_ending_the_named_quarter() {
        EditionPeriod period = EditionPeriod.inTitle("Table P1: … number of offences, year ending June 2019").orElseThrow();

        assertThat(period.start()).isEqualTo(LocalDate.of(2018, 7, 1));
        assertThat(period.end()).isEqualTo(LocalDate.of(2019, 6, 30));
        assertThat(period.label()).isEqualTo("year ending June 2019");
        assertThat(period.isQuarterEnd()).isTrue();
    }

    @Test
    void separates_a_year_from_footnote_markers_printed_as_plain_text() {
        assertThat(EditionPeriod.inTitle("year ending June 20191,2").orElseThrow().label()).isEqualTo("year ending June 2019");
        assertThat(EditionPeriod.inTitle("year ending March 181,2,3").orElseThrow().label()).isEqualTo("year ending March 2018");
        assertThat(EditionPeriod.inTitle("year ending December 18").orElseThrow().end()).isEqualTo(LocalDate.of(2018, 12, 31));
    }

    @Test
    void accepts_abbreviated_months_and_any_case() {
        assertThat(EditionPeriod.inTitle("Year Ending Sept 2018").orElseThrow().start()).isEqualTo(LocalDate.of(2017, 10, 1));
        assertThat(EditionPeriod.inTitle("year ending mar '19").orElseThrow().end()).isEqualTo(LocalDate.of(2019, 3, 31));
    }

    @Test
    void finds_nothing_in_a_title_without_a_year_ending() {
        assertThat(EditionPeriod.inTitle("Mid-year population estimates, 2002 to 2016")).isEmpty();
        assertThat(EditionPeriod.inTitle("year ending May 2019").orElseThrow().isQuarterEnd()).isFalse();
    }
}
