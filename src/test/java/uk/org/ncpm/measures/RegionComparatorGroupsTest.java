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
    void city_of_london_is_in_no_other_force_s_group_and_its_own_is_itself_alone() {
        ComparatorGroup city = GROUPS.of(force("E23000034")).orElseThrow();
        ComparatorGroup met = GROUPS.of(force("E23000001")).orElseThrow();

        assertThat(city.memberCodes()).containsExactly("E23000034");
        assertThat(city.notes()).containsExactly("City of London Police has no most similar group in HMICFRS practice, and "
                + "its rate is not compared with a group average (about 8,000 residents and hundreds of thousands of daytime "
                + "workers and visitors: per-resident rates are not comparable)");
        assertThat(met.name()).isEqualTo("London");
        assertThat(met.memberCodes()).containsExactly("E23000001");
        assertThat(met.notes()).containsExactly("City of London Police is kept out of the group average (about 8,000 residents "
                + "and hundreds of thousands of daytime workers and visitors: per-resident rates are not comparable)",
                "its region, London, has no other force to compare with");
        assertThat(ComparatorGroup.METHOD).endsWith("City of London Police is never averaged in (about 8,000 residents and "
                + "hundreds of thousands of daytime workers and visitors: per-resident rates are not comparable)");
    }

    @Test
    void every_territorial_force_has_a_group_that_includes_itself() {
        assertThat(FORCES.territorial()).allSatisfy(f -> {
            ComparatorGroup group = GROUPS.of(f).orElseThrow();
            assertThat(group.memberCodes()).contains(f.code()).hasSizeBetween(1, 7);
            if (!f.code().equals(CityOfLondon.CODE)) {
                assertThat(group.memberCodes()).doesNotContain(CityOfLondon.CODE);
            }
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
