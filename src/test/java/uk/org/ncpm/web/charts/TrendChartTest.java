package uk.org.ncpm.web.charts;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrendChartTest {

    private static TrendPoint year(String label, double value, double lower, double upper) {
        return new TrendPoint(label, OptionalDouble.of(value), OptionalDouble.of(lower), OptionalDouble.of(upper), false);
    }

    /** Five years, the baseline first, the third not available. */
    private static final List<TrendPoint> WITH_A_GAP = List.of(
            year("Jun 2019", 75, 59, 93.9).asBaseline(),
            year("Sep 2019", 70, 54.6, 88.4),
            TrendPoint.notAvailable("Dec 2019"),
            year("Mar 2020", 66, 51, 84),
            year("Jun 2020", 63, 48.4, 80.6));

    private static ParsedSvg render(List<TrendPoint> points) {
        return ParsedSvg.of(TrendChart.of("homicide", "Homicide offences, Gwent Police, by rolling year", points)
                .withAxisWords("Number of offences").withSeriesWords("Gwent Police")
                .withVerdict("no significant change since the baseline").render());
    }

    @Test
    void is_a_well_formed_accessible_image_with_a_title_and_a_description_in_words() {
        ParsedSvg svg = render(WITH_A_GAP).assertAccessibleImage();

        assertThat(svg.root.getAttribute("aria-labelledby")).isEqualTo("homicide-title homicide-desc");
        assertThat(svg.title()).isEqualTo("Homicide offences, Gwent Police, by rolling year");
        assertThat(svg.desc()).isEqualTo("Line chart by rolling year, from the year ending Jun 2019 to the year ending Jun 2020, "
                + "with the 95% interval shaded. Baseline, year ending Jun 2019: 75 (95% interval 59 to 93.9). "
                + "Latest, year ending Jun 2020: 63 (95% interval 48.4 to 80.6). "
                + "Not available, shown as a gap: year ending Dec 2019. No significant change since the baseline.");
    }

    @Test
    void a_year_not_available_breaks_the_line_and_the_band_and_is_never_a_point() {
        ParsedSvg svg = render(WITH_A_GAP);

        assertThat(svg.withClass("path", "app-chart__line")).hasSize(2);
        assertThat(svg.withClass("path", "app-chart__band")).hasSize(2);
        assertThat(svg.withClass("circle", "app-chart__point")).hasSize(4)
                .extracting(ParsedSvg::tooltip).noneMatch(t -> t.contains("Dec 2019"));
        assertThat(svg.withClass("text", "app-chart__gap")).extracting(Element::getTextContent).containsExactly("not available");
    }

    @Test
    void no_point_is_drawn_at_zero_for_a_missing_year() {
        ParsedSvg svg = render(WITH_A_GAP);
        double zero = svg.yOfTick("0");

        assertThat(svg.withClass("circle", "app-chart__point"))
                .allSatisfy(c -> assertThat(Double.parseDouble(c.getAttribute("cy"))).isLessThan(zero - 50));
        for (Element line : svg.withClass("path", "app-chart__line")) {
            assertThat(ParsedSvg.pathYs(line)).allSatisfy(y -> assertThat(y).isLessThan(zero - 50));
        }
    }

    @Test
    void a_year_alone_between_gaps_still_shows_as_a_point_with_its_interval() {
        ParsedSvg svg = render(List.of(TrendPoint.notAvailable("Jun 2019").asBaseline(), year("Sep 2019", 70, 54.6, 88.4),
                TrendPoint.notAvailable("Dec 2019")));

        assertThat(svg.withClass("path", "app-chart__line")).hasSize(1);
        assertThat(svg.withClass("circle", "app-chart__point")).hasSize(1);
        assertThat(svg.withClass("rect", "app-chart__band")).hasSize(1);
        assertThat(svg.desc()).contains("Baseline, year ending Jun 2019: not available.")
                .contains("Not available, shown as gaps: year ending Jun 2019, Dec 2019.");
    }

    @Test
    void marks_the_baseline_year_with_a_labelled_rule_at_its_point() {
        ParsedSvg svg = render(WITH_A_GAP);
        Element rule = svg.withClass("line", "app-chart__baseline").get(0);
        Element baselinePoint = svg.withClass("circle", "app-chart__point").get(0);

        assertThat(svg.withClass("line", "app-chart__baseline")).hasSize(1);
        assertThat(rule.getAttribute("x1")).isEqualTo(rule.getAttribute("x2")).isEqualTo(baselinePoint.getAttribute("cx"));
        assertThat(svg.texts()).contains("baseline", "Baseline year");
    }

    @Test
    void a_small_chart_keeps_the_text_size_in_half_the_width_and_still_describes_and_marks_everything() {
        Svg small = TrendChart.of("small", "Homicide offences, England and Wales", WITH_A_GAP).withSmall(true).render();
        ParsedSvg svg = ParsedSvg.of(small).assertAccessibleImage();
        ParsedSvg large = render(WITH_A_GAP);

        assertThat(svg.root.getAttribute("viewBox")).startsWith("0 0 320 ");
        assertThat(svg.root.getAttribute("font-size")).isEqualTo(large.root.getAttribute("font-size"));
        assertThat(svg.withClass("line", "app-chart__baseline")).hasSize(1);
        assertThat(svg.withClass("path", "app-chart__band")).hasSize(2);
        assertThat(svg.desc()).startsWith("Line chart by rolling year, from the year ending Jun 2019 to the year ending Jun 2020");
        assertThat(svg.texts()).contains("not available", "Jun 2020");
    }

    @Test
    void the_y_axis_starts_at_zero_unless_told_otherwise() {
        List<TrendPoint> points = List.of(TrendPoint.of("Jun 2019", 440), TrendPoint.of("Sep 2019", 452));

        ParsedSvg fromZero = ParsedSvg.of(TrendChart.of("c", "t", points).render());
        ParsedSvg close = ParsedSvg.of(TrendChart.of("c", "t", points).withYFromZero(false).render());

        assertThat(fromZero.yTickLabels()).containsExactly("0", "100", "200", "300", "400", "500");
        assertThat(close.yTickLabels()).containsExactly("440", "445", "450", "455");
    }

    @Test
    void escapes_every_piece_of_text() {
        String hostile = "<script>alert('x')</script> & \"friends\"";
        ParsedSvg svg = ParsedSvg.of(TrendChart.of("x\"><script>", hostile, List.of(TrendPoint.of(hostile, 1)))
                .withAxisWords(hostile).withSeriesWords(hostile).withVerdict(hostile).render()).assertAccessibleImage();

        assertThat(svg.title()).isEqualTo(hostile);
        assertThat(svg.desc()).contains(hostile);
        assertThat(svg.texts()).contains(hostile);
        assertThat(svg.all("script")).isEmpty();
    }

    @Test
    void a_chart_without_any_figure_says_so() {
        ParsedSvg empty = ParsedSvg.of(TrendChart.of("c", "Nothing yet", List.of()).render()).assertAccessibleImage();
        ParsedSvg allMissing = ParsedSvg.of(TrendChart.of("c", "t", List.of(TrendPoint.notAvailable("Jun 2019"))).render());

        assertThat(empty.desc()).isEqualTo("No figures to show.");
        assertThat(allMissing.desc()).contains("No year has a figure.");
        assertThat(allMissing.withClass("path", "app-chart__line")).isEmpty();
    }

    @Test
    void uses_only_gov_uk_palette_colours() {
        ParsedSvg svg = render(WITH_A_GAP);

        assertThat(svg.colours()).isSubsetOf("#0b0c0c", "#505a5f", "#b1b4b6", "#ffffff", "#1d70b8", "#4c2c92", "none");
    }

    @Test
    void an_interval_needs_both_ends() {
        assertThatThrownBy(() -> new TrendPoint("Jun 2019", OptionalDouble.of(1), OptionalDouble.of(0), OptionalDouble.empty(), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an interval needs both ends; Jun 2019 has lower OptionalDouble[0.0], upper OptionalDouble.empty");
    }
}
