package uk.org.ncpm.measures;

import org.junit.jupiter.api.Test;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.catalogue.Forces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RegionComparatorGroupsTest {

    private static final Forces FORCES = Catalogue.bundled().forces();
    private static final RegionComparatorGroups GROUPS = new RegionComparatorGroups(FORCES);

    private static Force force(String code) {
        return FORCES.byCode(code).orElseThrow();
    }

    @Test
    void a_welsh_force_is_compared_with_the_four_welsh_forces_itself_included() {
        ComparatorGroup gwent = GROUPS.of(force("W15000002")).orElseThrow();

        assertThat(gwent.name()).isEqualTo("Wales");
        assertThat(gwent.basis()).isEqualTo("compared with the forces of its region (no most-similar-group file loaded)");
        assertThat(gwent.memberCodes()).containsExactly("W15000004", "W15000002", "W15000001", "W15000003");
        assertThat(gwent.notes()).isEmpty();
    }

    @Test
    void city_of_london_is_grouped_with_the_met_and_a_note_says_hmicfrs_gives_it_no_group() {
        ComparatorGroup city = GROUPS.of(force("E23000034")).orElseThrow();

        assertThat(city.name()).isEqualTo("London");
        assertThat(city.memberCodes()).containsExactly("E23000034", "E23000001");
        assertThat(city.notes()).containsExactly(
                "City of London Police has no most similar group in HMICFRS practice; by region it is compared with "
                        + "the Metropolitan Police Service, a force of very different size and area",
                "its region, London, has only 2 forces");
        assertThat(GROUPS.of(force("E23000001")).orElseThrow().notes()).containsExactly("its region, London, has only 2 forces");
    }

    @Test
    void every_territorial_force_has_a_group_that_includes_itself() {
        assertThat(FORCES.territorial()).allSatisfy(f -> {
            ComparatorGroup group = GROUPS.of(f).orElseThrow();
            assertThat(group.memberCodes()).contains(f.code()).hasSizeBetween(2, 7);
            assertThat(group.memberCodes()).allSatisfy(m -> assertThat(force(m).regionCode()).isEqualTo(f.regionCode()));
        });
    }

    @Test
    void a_group_without_the_force_itself_is_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ComparatorGroup("W15000002", "Wales", "test", java.util.List.of("W15000001"), java.util.List.of()))
                .withMessage("comparator group of W15000002 must include the force itself, found [W15000001]");
    }
}
