package uk.org.ncpm.catalogue;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueTest {

    private final Catalogue catalogue = Catalogue.bundled();

    @Test
    void has_the_six_national_crime_and_policing_measures() {
        assertThat(catalogue.measures()).extracting(Measure::id).containsExactly(
                "homicide", "serious-violence", "drugs", "neighbourhood-crime", "cyber", "victim-satisfaction");
    }

    @Test
    void metric_ids_are_unique() {
        assertThat(catalogue.metrics()).extracting(Metric::id).doesNotHaveDuplicates();
    }

    @Test
    void rape_and_child_sexual_abuse_are_not_metrics() {
        assertThat(catalogue.metrics()).noneSatisfy(metric -> {
            String text = (metric.id() + " " + metric.name()).toLowerCase(Locale.ROOT);
            assertThat(text).containsAnyOf("rape", "csae", "child sexual");
        });
    }

    @Test
    void the_neighbourhood_crime_proxy_is_exactly_burglary_robbery_theft_from_the_person_and_vehicle_crime() {
        Set<String> proxy = catalogue.policeUkCrimeTypes().values().stream()
                .filter(type -> type.metricId().filter("neighbourhood-crime"::equals).isPresent())
                .map(PoliceUkCrimeType::name).collect(Collectors.toSet());

        assertThat(proxy).containsExactlyInAnyOrder("Burglary", "Robbery", "Theft from the person", "Vehicle crime");
        assertThat(catalogue.metric("neighbourhood-crime")).map(Metric::measureId).contains("neighbourhood-crime");
    }

    @Test
    void anti_social_behaviour_is_a_known_crime_type_that_feeds_no_metric() {
        assertThat(catalogue.policeUkCrimeType("Anti-social behaviour")).hasValueSatisfying(type -> {
            assertThat(type.isAntiSocialBehaviour()).isTrue();
            assertThat(type.metricId()).isEmpty();
        });
        assertThat(catalogue.policeUkCrimeType("Burglary")).hasValueSatisfying(
                type -> assertThat(type.isAntiSocialBehaviour()).isFalse());
    }

    @Test
    void city_of_london_has_no_per_resident_rate_and_every_force_a_population_weight() {
        assertThat(catalogue.forces().byCode("E23000034").orElseThrow().noRateReason()).hasValueSatisfying(
                reason -> assertThat(reason).contains("8,000 residents"));
        assertThat(catalogue.forces().territorial()).filteredOn(f -> f.noRateReason().isPresent()).hasSize(1);
        // ONS mid-2018 estimates (pfa-mid-2018.csv): England and Wales 59,115,800; the forces' rounded estimates sum to 300 more
        assertThat(catalogue.forces().territorial().stream().mapToLong(uk.org.ncpm.catalogue.Force::weight).sum())
                .isEqualTo(59_116_100L);
    }
}
