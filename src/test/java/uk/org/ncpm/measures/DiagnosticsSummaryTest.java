package uk.org.ncpm.measures;

import org.junit.jupiter.api.Test;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.FigureSource;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.ncpm.measures.TestFigures.count;
import static uk.org.ncpm.measures.TestFigures.national;
import static uk.org.ncpm.measures.TestFigures.notAvailable;
import static uk.org.ncpm.measures.TestFigures.rates;

class DiagnosticsSummaryTest {

    private static final Catalogue CATALOGUE = Catalogue.bundled();
    private static final FigureSource POLICE_UK = CATALOGUE.figureSources().stream()
            .filter(s -> s.source().equals("police-uk-street")).findFirst().orElseThrow();
    private static final String GWENT = "W15000002";
    private static final List<String> WALES = List.of("W15000004", GWENT, "W15000001", "W15000003");
    private static final OptionalDouble PER_1000 = OptionalDouble.of(1000);
    private static final String HEAD = "neighbourhood-crime (data.police.uk street records (proxy: includes non-domestic "
            + "burglary and business robbery)), year ending June 2021: ";

    @Test
    void says_the_figure_the_group_england_and_wales_the_funnel_position_and_the_latest_signal_in_plain_words() {
        Figure gwent = count(GWENT, 120, 10_000, 1000);
        ForceRates forces = rates(gwent, count("W15000004", 90, 10_000, 1000), count("W15000003", 288, 20_000, 1000),
                notAvailable("W15000001", "months not complete: 2020-01 partial"));
        Optional<Figure> national = Optional.of(national(11.5, 1000, List.of("W15000001")));
        GroupComparison comparison = GroupComparison.of(GWENT, new RegionComparatorGroups(CATALOGUE.forces())
                .of(CATALOGUE.forces().byCode(GWENT).orElseThrow()), "none", PER_1000, forces, national);
        // z = 0.466, -2.331, 3.824 around 11.5 per 1,000: φ = 6.7594 (scipy), p = 4e-5: over-dispersion, and φ > 4:
        // additive random effects, on the log rate φ = 6.2498, τ² = 0.058259, τ = 0.24137 (Python, math module).
        FunnelReading funnel = FunnelReading.of(GWENT, WALES, PER_1000, forces, national);

        String line = DiagnosticsSummary.line(CATALOGUE, POLICE_UK, TestFigures.YEAR, Optional.of(gwent), comparison,
                funnel, Optional.of(ForceControlChart.of(ForceControlChartTest.seriesWithGaps())));

        assertThat(line).isEqualTo(HEAD + "120 (12.00 per 1,000 residents); Wales group average 11.80 (3 of 4 forces; "
                + "left out: North Wales Police), England and Wales 11.50; funnel plot: within expected range (limits "
                + "for over-dispersion: additive random effects, τ = 0.241); SPC of monthly counts since 2018-07: 5 special-cause signals, "
                + "the latest: 6 points in a row rising, 2020-09 to 2021-02.");
    }

    @Test
    void a_figure_not_available_is_said_so_with_its_reason_and_not_compared() {
        Figure gwent = notAvailable(GWENT, "months not complete: 2019-11 missing");
        ForceRates forces = rates(gwent, count("W15000004", 90, 10_000, 1000));
        Optional<Figure> national = Optional.of(national(11.5, 1000, List.of(GWENT)));

        String line = DiagnosticsSummary.line(CATALOGUE, POLICE_UK, TestFigures.YEAR, Optional.of(gwent),
                GroupComparison.of(GWENT, Optional.empty(), "none", PER_1000, forces, national),
                FunnelReading.of(GWENT, WALES, PER_1000, forces, national), Optional.empty());

        assertThat(line).isEqualTo(HEAD + "not available (months not complete: 2019-11 missing), so not compared with "
                + "other forces this year.");
    }

    @Test
    void a_count_without_a_rate_is_not_compared_with_other_forces() {
        Figure gwent = count(GWENT, 35, 10_000, 1000);
        ForceRates forces = rates(gwent);

        String line = DiagnosticsSummary.line(CATALOGUE, POLICE_UK, TestFigures.YEAR, Optional.of(gwent),
                GroupComparison.of(GWENT, Optional.empty(), "none", OptionalDouble.empty(), forces, Optional.empty()),
                FunnelReading.of(GWENT, WALES, OptionalDouble.empty(), forces, Optional.empty()), Optional.empty());

        assertThat(line).isEqualTo(HEAD + "35 (count); no rate per residents in the catalogue, so not compared with "
                + "other forces.");
    }
}
