package uk.org.ncpm.measures;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.org.ncpm.catalogue.Area;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.sample.SmallSampleStore;
import uk.org.ncpm.stats.FunnelUnit;
import uk.org.ncpm.stats.OverdispersionAdjustment;
import uk.org.ncpm.store.Store;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Diagnostics of every force on the small sample store, checked against the figures `ncpm compute` stored. */
class DiagnosticsBuilderTest {

    private static final Catalogue CATALOGUE = Catalogue.bundled();
    private static final RollingPeriod JUNE_2021 = RollingPeriod.ending(YearMonth.of(2021, 6));
    private static final String POLICE_UK = "police-uk-street";
    private static DiagnosticsBuilder builder;
    private static List<Figure> stored;

    @BeforeAll
    static void readTheSampleStore() throws Exception {
        try (Store store = Store.open(SmallSampleStore.path(), CATALOGUE)) {
            builder = new DiagnosticsBuilder(CATALOGUE, StoredSourceData.read(store, CATALOGUE));
            stored = new FigureQuery(store).list(Optional.of("neighbourhood-crime"), Optional.empty(),
                    Optional.of(YearMonth.of(2021, 6)));
        }
    }

    private static Force force(String code) {
        return CATALOGUE.forces().byCode(code).orElseThrow();
    }

    private static SourceDiagnostics policeUk(Diagnostics d) {
        return d.sources().stream().filter(s -> s.source().source().equals(POLICE_UK)).findFirst().orElseThrow();
    }

    private static Figure storedPoliceUk(String area) {
        return stored.stream().filter(f -> f.source().equals(POLICE_UK) && f.areaCode().equals(area)).findFirst().orElseThrow();
    }

    @Test
    void the_sources_with_force_figures_are_listed_in_catalogue_order_and_the_latest_year_is_the_default() {
        assertThat(builder.forceSources()).extracting(s -> s.metricId() + "/" + s.source()).containsExactly(
                "homicide/home-office-prc", "knife-crime/ncpm-tidy-metric", "possession-of-weapons/home-office-prc",
                "drug-trafficking/home-office-prc", "neighbourhood-crime/home-office-prc",
                "neighbourhood-crime/police-uk-street");
        assertThat(builder.latestPeriod(force("W15000002"))).hasValue(JUNE_2021);
    }

    @Test
    void the_group_average_and_england_and_wales_rate_are_those_of_the_stored_figures() {
        GroupComparison c = policeUk(builder.of(force("W15000002"), JUNE_2021)).comparison();

        double mean = List.of("W15000004", "W15000002", "W15000001", "W15000003").stream()
                .mapToDouble(code -> storedPoliceUk(code).rate().getAsDouble()).average().getAsDouble();
        assertThat(c.groupAverage().getAsDouble()).isCloseTo(mean, within(1e-9));
        assertThat(c.englandAndWalesRate().getAsDouble())
                .isCloseTo(storedPoliceUk(Area.ENGLAND_AND_WALES).rate().getAsDouble(), within(1e-9));
    }

    @Test
    void the_funnel_position_is_reproduced_from_the_stored_figures_with_the_stats_package() {
        List<FunnelUnit> units = new ArrayList<>();
        List<Force> onThePlot = CATALOGUE.forces().territorial().stream().filter(f -> f.noRateReason().isEmpty()).toList();
        for (Force f : onThePlot) {
            Figure figure = storedPoliceUk(f.code());
            units.add(new FunnelUnit((long) figure.value().getAsDouble(),
                    figure.value().getAsDouble() / figure.rate().getAsDouble()));
        }
        // City of London has no per-resident rate: off the plot and out of the over-dispersion estimate.
        OverdispersionAdjustment adjustment = OverdispersionAdjustment.of(units,
                storedPoliceUk(Area.ENGLAND_AND_WALES).rate().getAsDouble());

        for (int i = 0; i < units.size(); i++) {
            Force f = onThePlot.get(i);
            FunnelReading reading = policeUk(builder.of(f, JUNE_2021)).funnel();
            assertThat(reading.placement().orElseThrow().position()).as(f.name())
                    .isEqualTo(adjustment.limitsFor(units.get(i).exposure()).position(units.get(i).observed()));
            assertThat(reading.plot().orElseThrow().adjustment().applied()).isEqualTo(adjustment.applied());
            assertThat(reading.plot().orElseThrow().adjustment().phi()).isCloseTo(adjustment.phi(), within(1e-9));
        }
    }

    @Test
    void in_a_year_with_the_missing_month_gwent_is_not_compared_but_its_chart_shows_the_gap() {
        SourceDiagnostics gwent = policeUk(builder.of(force("W15000002"), RollingPeriod.ending(YearMonth.of(2019, 12))));

        assertThat(gwent.comparison().notAvailable())
                .hasValue("the force has no rate for this year: months not complete: 2019-11 missing");
        assertThat(gwent.funnel().notAvailable())
                .hasValue("the force is not on the funnel plot: months not complete: 2019-11 missing");
        assertThat(gwent.funnel().plot().orElseThrow().forces()).isEqualTo(41); // Gwent's month is missing; City of London has no rate
        ForceControlChart chart = gwent.controlChart().orElseThrow();
        assertThat(chart.series().gaps()).containsOnlyKeys(YearMonth.of(2019, 11));
        assertThat(chart.series().last()).isEqualTo(YearMonth.of(2019, 12));
        assertThat(gwent.summary()).startsWith("neighbourhood-crime (data.police.uk street records (proxy: includes "
                + "non-domestic burglary and business robbery)), year ending December 2019: not available (months not "
                + "complete: 2019-11 missing), so not compared with other forces this year; ");
    }

    @Test
    void a_neighbouring_welsh_force_names_gwent_as_left_out_of_its_group_average() {
        GroupComparison c = policeUk(builder.of(force("W15000003"), RollingPeriod.ending(YearMonth.of(2019, 12)))).comparison();

        assertThat(c.included()).containsExactly("W15000003", "W15000004", "W15000001");
        assertThat(c.leftOut()).containsExactly(new ForceLeftOut("W15000002", "months not complete: 2019-11 missing"));
        assertThat(c.englandAndWalesLeftOut()).containsExactly("W15000002");
    }

    @Test
    void no_summary_of_any_force_uses_rank_league_table_or_red_amber_green_target_language() {
        for (Force f : CATALOGUE.forces().territorial()) {
            Diagnostics d = builder.of(f, JUNE_2021);
            assertThat(d.sources()).hasSize(6);
            for (SourceDiagnostics s : d.sources()) {
                assertThat(s.summary()).as(f.name())
                        .doesNotContainPattern("(?i)\\b(rank\\w*|league|position \\d|red|amber|green|rag|target\\w*|"
                                + "best|worst|top|bottom|fail\\w*|pass\\w*|good|bad|poor\\w*)\\b")
                        .startsWith(s.source().metricId() + " (" + s.source().label() + "), year ending June 2021: ")
                        .endsWith(".");
            }
        }
    }
}
