package uk.org.ncpm.web;

import org.junit.jupiter.api.Test;
import uk.org.ncpm.catalogue.Area;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.catalogue.Measure;
import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.measures.FigureExample;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The force page's summary, summary table and priority sections, on hand-made figures whose changes are
 * worked out by hand in the comments: the previous quarter is the rolling year ending three months
 * earlier, the previous year the one ending twelve months earlier.
 */
class ForcePageSummaryTest {

    private static final Catalogue CATALOGUE = Catalogue.bundled();
    private static final Force GWENT = CATALOGUE.forces().byCode("W15000002").orElseThrow();
    private static final String PRC = "home-office-prc";
    private static final String PRC_LABEL = "police recorded crime (Home Office open data tables)";

    private static Figure trafficking(String period, double value, String verdict) {
        return FigureExample.of("drug-trafficking", GWENT.code(), period).source(PRC, PRC_LABEL).value(value)
                .baseline(420).verdict(verdict).build();
    }

    private static Figure neighbourhood(String period, double value, double rate, String verdict) {
        return FigureExample.of("neighbourhood-crime", GWENT.code(), period).source(PRC, PRC_LABEL).value(value)
                .rate(rate, 1000, value * 1000 / rate, 2020).baseline(9500).verdict(verdict).build();
    }

    private static final List<Figure> FIGURES = List.of(
            // drug trafficking, a count: 462 in the year ending June 2021; 440 three months earlier, 400 a year earlier
            trafficking("2019-06", 420, ""),
            trafficking("2020-06", 400, "no significant change"),
            trafficking("2021-03", 440, "no significant change"),
            trafficking("2021-06", 462, "statistically significant increase"),
            // neighbourhood crime with rates: 15.0 per 1,000 against 16.0 three months earlier; a year earlier not available
            neighbourhood("2021-03", 9400, 16.0, "no significant change"),
            neighbourhood("2021-06", 9000, 15.0, "statistically significant decrease (improvement)"),
            FigureExample.of("neighbourhood-crime", GWENT.code(), "2020-06").source(PRC, PRC_LABEL)
                    .notAvailable("months not complete: 2019-11 missing"),
            // homicide: the latest year is not tested
            FigureExample.of("homicide", GWENT.code(), "2021-06").source(PRC, PRC_LABEL).value(9).build(),
            // England and Wales beside the force: neighbourhood crime leaves Greater Manchester out of both years
            FigureExample.of("neighbourhood-crime", Area.ENGLAND_AND_WALES, "2021-06").source(PRC, PRC_LABEL).value(800000)
                    .baseline(900000).verdict("statistically significant decrease (improvement)").excluded(List.of("E23000005")).build(),
            // a measure published only nationally
            Figures.percentage("victim-satisfaction", Area.ENGLAND_AND_WALES, "2021-03", 66.8, 65.4, 68.2, 67.5, "no significant change"));

    private static final ForcePage PAGE = ForcePage.of(CATALOGUE, GWENT, new Snapshot(FIGURES, false));

    private static ForceSummaryRow row(String metric) {
        String anchor = "figures-" + metric + "-" + PRC;
        return PAGE.table().stream().filter(r -> r.anchor().equals(anchor)).findFirst().orElseThrow();
    }

    @Test
    void the_summary_counts_each_figures_latest_year_by_its_verdict() {
        assertThat(PAGE.summary()).isEqualTo(new ForceSummary("year ending June 2021", 3, 1, 1, 1));
        assertThat(PAGE.summary().sentence("Gwent Police")).isEqualTo("Of the 3 figures for Gwent Police in their latest "
                + "rolling year (up to the year ending June 2021), compared with the baseline year ending June 2019: "
                + "1 shows a statistically significant decrease, 1 shows a statistically significant increase and 1 could not be tested.");
        assertThat(ForceSummary.DIAGNOSTIC).contains("Success is judged for England and Wales").contains("not targets");
    }

    @Test
    void a_count_is_compared_with_the_years_ending_three_and_twelve_months_earlier() {
        ForceSummaryRow row = row("drug-trafficking");

        assertThat(row.period()).isEqualTo("year ending June 2021");
        assertThat(row.value()).isEqualTo("462");
        assertThat(row.baselineChange()).isEqualTo("+42 (+10%)"); // 462 − 420 = 42, 42 / 420 = 10%
        assertThat(row.verdict()).isEqualTo("statistically significant increase");
        // 462 − 440 = 22, 22 / 440 = 5%
        assertThat(row.previousQuarter().difference().getAsDouble()).isEqualTo(22);
        assertThat(row.previousQuarter().percent().getAsDouble()).isCloseTo(5.0, within(1e-9));
        assertThat(row.previousQuarter().text()).isEqualTo("+22 (+5%)");
        // 462 − 400 = 62, 62 / 400 = 15.5%
        assertThat(row.previousYear().percent().getAsDouble()).isCloseTo(15.5, within(1e-9));
        assertThat(row.previousYear().text()).isEqualTo("+62 (+15.5%)");
    }

    @Test
    void a_rate_is_compared_on_the_rate_and_a_missing_year_says_why_in_public_words() {
        ForceSummaryRow row = row("neighbourhood-crime");

        assertThat(row.value()).isEqualTo("9,000 (15 per 1,000 residents)");
        // 15.0 − 16.0 = −1 per 1,000; −1 / 16 = −6.25%, shown to one decimal
        assertThat(row.previousQuarter().difference().getAsDouble()).isEqualTo(-1.0);
        assertThat(row.previousQuarter().percent().getAsDouble()).isCloseTo(-6.25, within(1e-9));
        assertThat(row.previousQuarter().text()).isEqualTo("-1 per 1,000 residents (-6.3%)");
        assertThat(row.previousYear().isAvailable()).isFalse();
        assertThat(row.previousYear().text()).isEqualTo("not available: the year ending June 2020 has no figure "
                + "(not all twelve months of data are available: November 2019 missing)");
    }

    @Test
    void a_year_the_site_does_not_hold_is_said_not_available_with_the_year_named() {
        ForceSummaryRow row = row("homicide");

        assertThat(row.verdict()).isEqualTo("not tested: not tested in this example");
        assertThat(row.previousQuarter().text()).isEqualTo("not available: no figure for the year ending March 2021 from this source");
        assertThat(row.previousYear().text()).isEqualTo("not available: no figure for the year ending June 2020 from this source");
    }

    @Test
    void there_is_one_section_per_priority_in_catalogue_order_with_unique_headings() {
        assertThat(PAGE.priorities()).extracting(ForcePriority::heading)
                .containsExactlyElementsOf(CATALOGUE.measures().stream().map(Measure::name).toList()).doesNotHaveDuplicates();
        assertThat(PAGE.priorities()).extracting(ForcePriority::anchor).startsWith("priority-homicide").doesNotHaveDuplicates();
        ForcePriority drugs = PAGE.priorities().get(2);
        assertThat(drugs.series()).extracting(ForceSeries::metricName).containsExactly("Police recorded trafficking of drugs offences");
        assertThat(PAGE.series()).extracting(ForceSeries::heading).doesNotHaveDuplicates();
    }

    @Test
    void a_measure_published_only_nationally_is_national_context_with_its_figure() {
        ForcePriority satisfaction = PAGE.priorities().get(5);
        NationalContext context = satisfaction.national().stream()
                .filter(n -> n.metricName().equals("Percentage of victims satisfied with the police")).findFirst().orElseThrow();

        assertThat(satisfaction.series()).isEmpty();
        assertThat(context.scope()).isEqualTo("This metric is published only for England and Wales, not for each force: "
                + "it is shown here as national context.");
        assertThat(context.figure().orElseThrow().sentence()).isEqualTo("England and Wales, year ending March 2021: 66.8%; "
                + "no significant change since the baseline.");
        NationalContext cyber = PAGE.priorities().get(4).national().get(0);
        assertThat(cyber.figure()).isEmpty();
        assertThat(cyber.scope()).isEqualTo("This metric is published only nationally, and its national figures are not on this site yet.");
    }

    @Test
    void the_national_figure_beside_the_force_says_which_forces_it_leaves_out() {
        ForceSeries neighbourhood = PAGE.series().stream().filter(s -> s.anchor().equals("figures-neighbourhood-crime-" + PRC))
                .findFirst().orElseThrow();
        NationalFigure national = neighbourhood.national().orElseThrow();

        assertThat(national.sentence()).startsWith("England and Wales, year ending June 2021: 800,000; statistically significant decrease");
        assertThat(national.leavesOut()).containsExactly("This figure leaves out Greater Manchester Police: their data are "
                + "missing for part of this year or of the baseline year, so they are left out of both years to compare like with like.");
    }

    @Test
    void internal_words_are_given_public_words_and_months_their_names() {
        assertThat(PublicWords.of("no file loaded for this force and month")).isEqualTo("no data published for this force and month");
        assertThat(PublicWords.of("published figures (tidy file)")).isEqualTo("published figures");
        assertThat(PublicWords.of("no funnel plot: the catalogue gives this metric no rate per residents"))
                .doesNotContain("catalogue").startsWith("no funnel plot: this figure is a count");
        assertThat(PublicWords.of("quarters missing: homicide 2019-07-01 to 2019-09-30 not loaded"))
                .isEqualTo("not all four quarters of data are available: homicide 2019-07-01 to 2019-09-30 not loaded");
    }
}
