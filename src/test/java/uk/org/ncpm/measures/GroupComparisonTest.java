package uk.org.ncpm.measures;

import org.junit.jupiter.api.Test;
import uk.org.ncpm.catalogue.Catalogue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.org.ncpm.measures.TestFigures.count;
import static uk.org.ncpm.measures.TestFigures.national;
import static uk.org.ncpm.measures.TestFigures.notAvailable;
import static uk.org.ncpm.measures.TestFigures.rates;

class GroupComparisonTest {

    private static final String GWENT = "W15000002";
    private static final String DYFED_POWYS = "W15000004";
    private static final String NORTH_WALES = "W15000001";
    private static final String SOUTH_WALES = "W15000003";
    private static final Optional<ComparatorGroup> WALES = new RegionComparatorGroups(Catalogue.bundled().forces())
            .of(Catalogue.bundled().forces().byCode(GWENT).orElseThrow());
    private static final OptionalDouble PER_1000 = OptionalDouble.of(1000);

    /** Gwent 120 in 10,000 (12.0 per 1,000), Dyfed-Powys 90 in 10,000 (9.0), South Wales 288 in 20,000 (14.4). */
    private static final ForceRates WALES_WITHOUT_NORTH_WALES = rates(
            count(GWENT, 120, 10_000, 1000), count(DYFED_POWYS, 90, 10_000, 1000), count(SOUTH_WALES, 288, 20_000, 1000),
            notAvailable(NORTH_WALES, "months not complete: 2020-01 partial"));

    @Test
    void group_average_is_the_unweighted_mean_of_members_with_a_rate_the_force_included_and_the_missing_member_named() {
        GroupComparison c = GroupComparison.of(GWENT, WALES, "none", PER_1000, WALES_WITHOUT_NORTH_WALES,
                Optional.of(national(11.5, 1000, List.of(NORTH_WALES))));

        // (12.0 + 9.0 + 14.4) / 3 = 11.8; pooled it would be 498 / 40,000 × 1,000 = 12.45, without Gwent 11.7.
        assertThat(c.groupAverage().getAsDouble()).isCloseTo(11.8, within(1e-12));
        assertThat(c.forceRate().getAsDouble()).isCloseTo(12.0, within(1e-12));
        assertThat(c.included()).containsExactly(GWENT, DYFED_POWYS, SOUTH_WALES);
        assertThat(c.leftOut()).containsExactly(new ForceLeftOut(NORTH_WALES, "months not complete: 2020-01 partial"));
        assertThat(c.englandAndWalesRate()).hasValue(11.5);
        assertThat(c.englandAndWalesLeftOut()).containsExactly(NORTH_WALES);
        assertThat(c.isAvailable()).isTrue();
        assertThat(ComparatorGroup.METHOD).isEqualTo("unweighted mean of the member forces' rates, the force itself included "
                + "(HMICFRS method); City of London Police is never averaged in (about 8,000 residents and hundreds of thousands "
                + "of daytime workers and visitors: per-resident rates are not comparable)");
    }

    @Test
    void a_member_with_a_count_but_no_population_is_left_out_and_says_why() {
        ForceRates forces = rates(count(GWENT, 120, 10_000, 1000), count(DYFED_POWYS, 90, 10_000, 1000),
                TestFigures.countWithoutPopulation(SOUTH_WALES, 288, 1000));

        GroupComparison c = GroupComparison.of(GWENT, WALES, "none", PER_1000, forces, Optional.empty());

        assertThat(c.groupAverage().getAsDouble()).isCloseTo(10.5, within(1e-12));
        assertThat(c.leftOut()).containsExactly(new ForceLeftOut(NORTH_WALES, "no figure from this source"),
                new ForceLeftOut(SOUTH_WALES, "no population loaded: no rate"));
        assertThat(c.englandAndWalesRate()).isEmpty();
    }

    @Test
    void a_force_without_a_rate_is_not_compared_but_england_and_wales_is_still_given() {
        ForceRates forces = rates(notAvailable(GWENT, "months not complete: 2019-11 missing"),
                count(DYFED_POWYS, 90, 10_000, 1000));

        GroupComparison c = GroupComparison.of(GWENT, WALES, "none", PER_1000, forces,
                Optional.of(national(11.5, 1000, List.of(GWENT))));

        assertThat(c.notAvailable()).hasValue("the force has no rate for this year: months not complete: 2019-11 missing");
        assertThat(c.groupAverage()).isEmpty();
        assertThat(c.englandAndWalesRate()).hasValue(11.5);
    }

    @Test
    void a_metric_without_a_rate_is_never_compared_as_counts() {
        GroupComparison c = GroupComparison.of(GWENT, WALES, "none", OptionalDouble.empty(), WALES_WITHOUT_NORTH_WALES,
                Optional.of(national(11.5, 1000, List.of())));

        assertThat(c.notAvailable()).hasValue("no rate: the catalogue gives this metric no rate per residents, and "
                + "counts of forces of different sizes are not compared");
        assertThat(c.groupAverage()).isEmpty();
    }

    @Test
    void a_force_without_a_group_is_compared_with_england_and_wales_only() {
        GroupComparison c = GroupComparison.of(GWENT, Optional.empty(), "no most similar group (HMICFRS groups v2)",
                PER_1000, WALES_WITHOUT_NORTH_WALES, Optional.of(national(11.5, 1000, List.of())));

        assertThat(c.notAvailable()).hasValue("no most similar group (HMICFRS groups v2)");
        assertThat(c.forceRate()).hasValue(12.0);
        assertThat(c.englandAndWalesRate()).hasValue(11.5);
    }

    @Test
    void city_of_london_is_never_averaged_in_even_when_a_group_lists_it() {
        ComparatorGroup london = new ComparatorGroup("E23000001", "London", "test", List.of("E23000001", CityOfLondon.CODE),
                List.of());
        ForceRates forces = rates(count("E23000001", 800_000, 9_000_000, 1000), count(CityOfLondon.CODE, 6_000, 8_000, 1000));

        GroupComparison c = GroupComparison.of("E23000001", Optional.of(london), "none", PER_1000, forces, Optional.empty());

        assertThat(c.groupAverage().getAsDouble()).isCloseTo(800_000 / 9_000.0, within(1e-9));
        assertThat(c.included()).containsExactly("E23000001");
        assertThat(c.leftOut()).containsExactly(new ForceLeftOut(CityOfLondon.CODE, CityOfLondon.NOT_COMPARABLE));
    }

    @Test
    void city_of_london_itself_is_not_compared_with_a_group_average() {
        Optional<ComparatorGroup> group = new RegionComparatorGroups(Catalogue.bundled().forces())
                .of(Catalogue.bundled().forces().byCode(CityOfLondon.CODE).orElseThrow());
        ForceRates forces = rates(count("E23000001", 800_000, 9_000_000, 1000), count(CityOfLondon.CODE, 6_000, 8_000, 1000));

        GroupComparison c = GroupComparison.of(CityOfLondon.CODE, group, "none", PER_1000, forces, Optional.empty());

        assertThat(c.isAvailable()).isFalse();
        assertThat(c.groupAverage()).isEmpty();
        assertThat(c.forceRate().getAsDouble()).isCloseTo(750, within(1e-9));
        assertThat(c.notAvailable()).hasValue("City of London Police is not compared with a group average: about 8,000 "
                + "residents and hundreds of thousands of daytime workers and visitors: per-resident rates are not comparable");
    }
}
