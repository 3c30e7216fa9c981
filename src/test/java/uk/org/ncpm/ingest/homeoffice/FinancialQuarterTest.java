package uk.org.ncpm.ingest.homeoffice;

import org.junit.jupiter.api.Test;
import uk.org.ncpm.ingest.IngestException;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FinancialQuarterTest {

    private static final RowPosition AT = RowPosition.line("t.csv", 7);

    @Test
    void quarter_one_is_april_to_june_and_quarter_four_ends_in_march_of_the_next_year() throws IngestException {
        FinancialQuarter q1 = FinancialQuarter.parse("2017/18", "1", AT, "Financial Year", "Financial Quarter");
        FinancialQuarter q4 = FinancialQuarter.parse("2017/18", 4.0, AT, "Financial Year", "Financial Quarter");

        assertThat(q1.start()).isEqualTo(LocalDate.of(2017, 4, 1));
        assertThat(q1.end()).isEqualTo(LocalDate.of(2017, 6, 30));
        assertThat(q4.start()).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(q4.end()).isEqualTo(LocalDate.of(2018, 3, 31));
        assertThat(q4).hasToString("2017/18 Q4");
        assertThat(q4.next()).isEqualTo(new FinancialQuarter(2018, 1));
    }

    @Test
    void reads_a_year_across_the_century_and_the_hyphenated_form() throws IngestException {
        // 1999/00 is read across the century, then refused as before January 2000
        assertThatThrownBy(() -> FinancialQuarter.parse("1999/00", "2", AT, "Financial Year", "Financial Quarter"))
                .hasMessageContaining("column Financial Year: 1999/00 Q2: expected a date from 2000-01 to ");
        assertThat(FinancialQuarter.parse("2019-20", "3", AT, "Financial Year", "Financial Quarter"))
                .hasToString("2019/20 Q3");
    }

    @Test
    void rejects_a_year_whose_halves_do_not_follow() {
        assertThatThrownBy(() -> FinancialQuarter.parse("2017/19", "1", AT, "Financial Year", "Financial Quarter"))
                .hasMessage("file t.csv, line 7, column Financial Year: expected a financial year such as 2017/18, "
                        + "found '2017/19'");
    }

    @Test
    void rejects_a_fifth_quarter() {
        assertThatThrownBy(() -> FinancialQuarter.parse("2017/18", "5", AT, "Financial Year", "Financial Quarter"))
                .hasMessage("file t.csv, line 7, column Financial Quarter: expected a financial quarter 1, 2, 3 or 4, "
                        + "found '5'");
    }
}
