package uk.org.ncpm.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.org.ncpm.ingest.StreetFileName.Kind;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class StreetFileNameTest {

    @Test
    void parses_a_street_file_name() {
        assertThat(StreetFileName.parse("2019-01-avon-and-somerset-street.csv"))
                .contains(new StreetFileName(YearMonth.of(2019, 1), "avon-and-somerset", Kind.STREET));
    }

    @Test
    void parses_outcomes_and_stop_and_search_file_names() {
        assertThat(StreetFileName.parse("2019-06-kent-outcomes.csv"))
                .contains(new StreetFileName(YearMonth.of(2019, 6), "kent", Kind.OUTCOMES));
        assertThat(StreetFileName.parse("2019-06-kent-stop-and-search.csv"))
                .contains(new StreetFileName(YearMonth.of(2019, 6), "kent", Kind.STOP_AND_SEARCH));
        assertThat(StreetFileName.parse("2019-06-west-midlands-stop-and-search.csv"))
                .contains(new StreetFileName(YearMonth.of(2019, 6), "west-midlands", Kind.STOP_AND_SEARCH));
    }

    @Test
    void parses_the_last_segment_of_an_archive_or_folder_path() {
        StreetFileName expected = new StreetFileName(YearMonth.of(2020, 12), "btp", Kind.STREET);

        assertThat(StreetFileName.parse("2020-12/2020-12-btp-street.csv")).contains(expected);
        assertThat(StreetFileName.parse("/home/analyst/Downloads/2020-12/2020-12-btp-street.csv")).contains(expected);
        assertThat(StreetFileName.parse("C:\\Downloads\\2020-12\\2020-12-btp-street.csv")).contains(expected);
    }

    @Test
    void keeps_slugs_that_contain_digits_and_hyphens() {
        assertThat(StreetFileName.parse("2019-03-northern-ireland-street.csv"))
                .map(StreetFileName::publisher).contains("northern-ireland");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2019-13-kent-street.csv",        // no month 13
            "2019-00-kent-street.csv",
            "19-01-kent-street.csv",
            "2019-1-kent-street.csv",
            "2019-01-kent-street.txt",
            "2019-01-kent-street.csv.bak",
            "2019-01-Kent-street.csv",        // slugs are lower case
            "2019-01-kent-crimes.csv",
            "2019-01-street.csv",             // no force
            "2019-01-kent_street.csv",
            "kent-2019-01-street.csv",
            "street.csv",
            "2019-01/",
            ""})
    void rejects_names_outside_the_archive_layout(String name) {
        assertThat(StreetFileName.parse(name)).isEmpty();
    }

    @Test
    void rebuilds_the_file_name_and_archive_path() {
        StreetFileName name = new StreetFileName(YearMonth.of(2019, 2), "cumbria", Kind.STOP_AND_SEARCH);

        assertThat(name.fileName()).isEqualTo("2019-02-cumbria-stop-and-search.csv");
        assertThat(name.archivePath()).isEqualTo("2019-02/2019-02-cumbria-stop-and-search.csv");
    }

    @Test
    void round_trips_through_its_archive_path() {
        StreetFileName name = new StreetFileName(YearMonth.of(2021, 11), "devon-and-cornwall", Kind.STREET);

        assertThat(StreetFileName.parse(name.archivePath())).contains(name);
    }
}
