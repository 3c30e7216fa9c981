package uk.org.ncpm.catalogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AreasTest {

    private final Catalogue catalogue = Catalogue.bundled();
    private final Areas areas = catalogue.areas();

    @Test
    void has_england_and_wales_its_two_countries_the_nine_english_regions_and_the_united_kingdom() {
        assertThat(areas.all()).extracting(Area::code).containsExactly("K04000001", "E92000001", "W92000004",
                "E12000001", "E12000002", "E12000003", "E12000004", "E12000005", "E12000006", "E12000007",
                "E12000008", "E12000009", "K02000001");
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
            "K04000001|K04000001",
            "k04000001|K04000001",
            " e92000001 |E92000001",
            "ENGLAND AND WALES|K04000001",
            "England & Wales|K04000001",
            "WALES|W92000004",
            "Yorkshire & the Humber|E12000003",
            "East|E12000006",
            "West Midlands (region)|E12000005"})
    void finds_an_area_by_code_in_any_case_or_by_any_spelling(String codeOrName, String code) {
        assertThat(areas.find(codeOrName)).map(Area::code).contains(code);
    }

    @Test
    void west_midlands_alone_is_the_force_not_the_region() {
        assertThat(areas.find("West Midlands")).isEmpty();
        assertThat(catalogue.forces().find("West Midlands")).map(Force::code).contains("E23000014");
    }

    @Test
    void data_files_must_spell_area_codes_exactly() {
        // Only people typing options get case-insensitive codes; files are checked against the code as published.
        assertThat(catalogue.isAreaCode("K04000001")).isTrue();
        assertThat(catalogue.isAreaCode("E23000003")).isTrue();
        assertThat(catalogue.isAreaCode("k04000001")).isFalse();
        assertThat(catalogue.isAreaCode("e23000003")).isFalse();
    }

    @Test
    void names_forces_and_areas_by_code() {
        assertThat(catalogue.areaName("E23000003")).contains("Lancashire Constabulary");
        assertThat(catalogue.areaName("K04000001")).contains("England and Wales");
        assertThat(catalogue.areaName("E23000099")).isEmpty();
    }

    @Test
    void population_is_a_series_in_persons_that_observations_may_carry() {
        assertThat(catalogue.series("population")).hasValueSatisfying(series -> {
            assertThat(series.unit()).isEqualTo("persons");
            assertThat(series.metricId()).isEmpty();
        });
        assertThat(catalogue.isObservable("population")).isTrue();
        assertThat(catalogue.isObservable("domestic-burglary")).as("a series feeding a metric").isTrue();
        assertThat(catalogue.isObservable("victim-satisfaction")).as("a metric").isTrue();
        assertThat(catalogue.isObservable("nope")).isFalse();
    }
}
