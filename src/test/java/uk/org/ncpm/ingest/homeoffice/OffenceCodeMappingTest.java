package uk.org.ncpm.ingest.homeoffice;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OffenceCodeMappingTest {

    private final OffenceCodeMapping mapping = OffenceCodeMapping.bundled();

    @Test
    void homicide_is_the_combined_code_and_each_of_its_parts() {
        for (String code : new String[] {"1/4.1/4.10/4.2", "1", "4.1", "4.10", "4.2"}) {
            assertThat(mapping.seriesOf(code, "Violence against the person"))
                    .as(code).containsExactly("homicide", "total-recorded-crime");
        }
    }

    @Test
    void domestic_burglary_takes_the_old_dwelling_codes_and_the_new_residential_codes() {
        for (String code : new String[] {"28A", "28B", "28C", "28D", "29", "28E", "28F", "28G", "28H", "29A"}) {
            assertThat(mapping.seriesOf(code, "Theft offences")).as(code).contains("domestic-burglary");
        }
        assertThat(mapping.seriesOf("30C", "Theft offences")).containsExactly("total-recorded-crime");
    }

    @Test
    void vehicle_offences_follow_the_ons_definition() {
        for (String code : new String[] {"45", "48", "37.2", "126"}) {
            assertThat(mapping.seriesOf(code, "Theft offences")).as(code)
                    .containsExactly("vehicle-offences", "total-recorded-crime");
        }
        assertThat(mapping.seriesOf("37.1", "Violence against the person")).containsExactly("total-recorded-crime");
    }

    @Test
    void total_recorded_crime_takes_unlisted_codes_but_not_fraud() {
        assertThat(mapping.seriesOf("999Z", "Something new")).containsExactly("total-recorded-crime");
        assertThat(mapping.seriesOf("AF", "Fraud offences")).isEmpty();
        assertThat(mapping.seriesOf("53A", "Fraud offences")).isEmpty();
        assertThat(mapping.seriesOf("CIFAS", "Anything")).isEmpty();
    }

    @Test
    void describes_what_each_series_sums_for_observation_notes() {
        assertThat(mapping.describe("vehicle-offences")).isEqualTo("offence codes 45, 48, 37.2, 126");
        assertThat(mapping.describe("total-recorded-crime")).isEqualTo("every offence code except offence group "
                + "Fraud offences, offence group Computer misuse, code AF, code CIFAS, code UK Finance, code FFA UK");
    }

    @Test
    void feeds_the_eight_police_recorded_crime_series() {
        assertThat(mapping.seriesIds()).containsExactly("homicide", "domestic-burglary", "personal-robbery",
                "theft-from-the-person", "vehicle-offences", "drug-trafficking", "possession-of-weapons",
                "total-recorded-crime");
    }
}
