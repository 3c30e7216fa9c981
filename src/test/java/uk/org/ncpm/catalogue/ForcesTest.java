package uk.org.ncpm.catalogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ForcesTest {

    private final Forces forces = Catalogue.bundled().forces();

    @Test
    void lists_exactly_43_territorial_forces() {
        assertThat(forces.territorial()).hasSize(43);
    }

    @Test
    void codes_are_exactly_the_ons_police_force_area_codes_of_england_and_wales() {
        Set<String> expected = Stream.concat(
                IntStream.rangeClosed(1, 39).mapToObj(i -> String.format("E230000%02d", i)),
                IntStream.rangeClosed(1, 4).mapToObj(i -> "W1500000" + i)).collect(Collectors.toSet());

        assertThat(forces.territorial()).extracting(Force::code).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected).hasSize(43).contains("E23000001", "E23000039", "W15000001", "W15000004");
    }

    @Test
    void slugs_are_unique_and_in_the_data_police_uk_form() {
        List<String> slugs = forces.territorial().stream().map(Force::slug).toList();

        assertThat(slugs).doesNotHaveDuplicates().allMatch(s -> s.matches("[a-z]+(-[a-z]+)*"), "lower-case words joined by '-'");
    }

    @Test
    void every_name_of_every_force_finds_that_force_and_no_other() {
        for (Force force : forces.territorial()) {
            assertThat(forces.find(force.code())).as(force.code()).contains(force);
            for (String name : force.allNames()) {
                assertThat(forces.find(name)).as("'%s'", name).contains(force);
            }
        }
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
            "Avon & Somerset|E23000036",
            "Avon and Somerset Constabulary|E23000036",
            "avon-and-somerset|E23000036",
            "AVON  &  SOMERSET|E23000036",
            "London, City of|E23000034",
            "City of London Police|E23000034",
            "Devon & Cornwall Police|E23000035",
            "Devon and Cornwall|E23000035",
            "Metropolitan Police|E23000001",
            "Dyfed Powys|W15000004",
            "Dyfed-Powys Police|W15000004",
            "Lancashire|E23000003",
            "E23000003|E23000003"})
    void finds_a_force_by_any_name_variant_slug_or_code(String name, String code) {
        assertThat(forces.find(name)).map(Force::code).contains(code);
    }

    @ParameterizedTest(name = "''{0}'' is the non-territorial {1}")
    @CsvSource(delimiter = '|', value = {
            "British Transport Police|btp",
            "btp|btp",
            "Police Service of Northern Ireland|northern-ireland",
            "northern-ireland|northern-ireland",
            "Action Fraud|action-fraud"})
    void recognises_bodies_that_are_not_territorial_forces_but_does_not_find_them_as_forces(String name, String key) {
        assertThat(forces.findNonTerritorial(name)).map(NonTerritorialBody::key).contains(key);
        assertThat(forces.find(name)).isEmpty();
    }

    @Test
    void does_not_find_territorial_forces_among_the_non_territorial_bodies() {
        assertThat(forces.findNonTerritorial("Cumbria Constabulary")).isEmpty();
        assertThat(forces.findNonTerritorial("E23000002")).isEmpty();
    }

    @Test
    void finds_nothing_for_an_unknown_name_or_code() {
        assertThat(forces.find("Atlantis Police")).isEmpty();
        assertThat(forces.find("E23000040")).isEmpty();
        assertThat(forces.byCode("W15000005")).isEmpty();
    }

    @Test
    void normalises_case_ampersands_and_punctuation() {
        assertThat(Forces.normalise("  Avon & Somerset ")).isEqualTo("avon and somerset");
        assertThat(Forces.normalise("London, City of")).isEqualTo("london city of");
        assertThat(Forces.normalise("Dyfed-Powys")).isEqualTo("dyfed powys");
    }
}
