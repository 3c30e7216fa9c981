package uk.org.ncpm.web.charts;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpcChartTest {

    /** Twelve months around 100, March missing, the last three a signal. */
    private static List<SpcMonth> months() {
        String[] labels = {"Jan 2020", "Feb 2020", "Mar 2020", "Apr 2020", "May 2020", "Jun 2020", "Jul 2020", "Aug 2020",
                "Sep 2020", "Oct 2020", "Nov 2020", "Dec 2020"};
        double[] values = {98, 103, Double.NaN, 101, 96, 104, 99, 100, 97, 131, 135, 129};
        List<SpcMonth> months = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            SpcMonth m = Double.isNaN(values[i]) ? SpcMonth.missing(labels[i]) : SpcMonth.of(labels[i], values[i]);
            months.add(i >= 9 ? m.asSignal() : m);
        }
        return months;
    }

    private static ParsedSvg render(double lower) {
        return ParsedSvg.of(SpcChart.of("spc", "Neighbourhood crime by month, Gwent Police", months(), 100, lower, 121)
                .withAxisWords("Number of offences").withVerdict("3 points above the upper process limit, 2020-10 to 2020-12")
                .render());
    }

    @Test
    void is_a_well_formed_accessible_image_that_says_which_months_signal() {
        ParsedSvg svg = render(79).assertAccessibleImage();

        assertThat(svg.title()).isEqualTo("Neighbourhood crime by month, Gwent Police");
        assertThat(svg.desc()).isEqualTo("Statistical process control chart of monthly values from Jan 2020 to Dec 2020: "
                + "centre line 100, process limits 79 to 121. Latest, Dec 2020: 129. 3 months are marked as special-cause "
                + "signals: Oct 2020, Nov 2020, Dec 2020. Missing, shown as a gap: Mar 2020. "
                + "3 points above the upper process limit, 2020-10 to 2020-12.");
    }

    @Test
    void signals_are_marked_with_a_distinct_shape_and_the_other_months_are_not() {
        ParsedSvg svg = render(79);
        List<Element> signals = svg.withClass("*", "app-chart__point--signal");

        assertThat(signals).hasSize(3).allSatisfy(s -> assertThat(s.getLocalName()).isEqualTo("path"))
                .extracting(ParsedSvg::tooltip).containsExactly("Oct 2020: 131, special-cause signal",
                        "Nov 2020: 135, special-cause signal", "Dec 2020: 129, special-cause signal");
        assertThat(svg.all("circle").stream().filter(c -> c.getAttribute("class").equals("app-chart__point"))).hasSize(8);
        assertThat(svg.texts()).contains("Special-cause signal");
    }

    @Test
    void a_missing_month_is_a_gap_in_the_line_never_zero() {
        ParsedSvg svg = render(79);
        double zero = svg.yOfTick("0");

        assertThat(svg.withClass("path", "app-chart__line")).hasSize(2)
                .allSatisfy(p -> assertThat(ParsedSvg.pathYs(p)).allSatisfy(y -> assertThat(y).isLessThan(zero - 100)));
        assertThat(svg.all("*")).extracting(ParsedSvg::tooltip).noneMatch(t -> t.startsWith("Mar 2020"));
    }

    @Test
    void draws_the_centre_line_and_both_process_limits() {
        ParsedSvg svg = render(79);

        assertThat(svg.withClass("line", "app-chart__centre")).hasSize(1);
        assertThat(svg.withClass("line", "app-chart__limit")).hasSize(2)
                .allSatisfy(l -> assertThat(l.getAttribute("stroke-dasharray")).isEqualTo("8 4"));
    }

    @Test
    void a_lower_limit_below_zero_cannot_be_crossed_and_is_not_drawn() {
        ParsedSvg svg = ParsedSvg.of(SpcChart.of("spc", "t", List.of(SpcMonth.of("Jan 2020", 2), SpcMonth.of("Feb 2020", 5)),
                3.5, -4.5, 11.5).render());

        assertThat(svg.withClass("line", "app-chart__limit")).hasSize(1);
        assertThat(svg.yTickLabels().get(0)).isEqualTo("0");
        assertThat(svg.texts()).doesNotContain("Special-cause signal");
        assertThat(svg.desc()).contains("No month is marked as a special-cause signal.");
    }

    @Test
    void rejects_limits_out_of_order_and_a_missing_month_as_a_signal() {
        assertThatThrownBy(() -> SpcChart.of("s", "t", List.of(), 10, 12, 20)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limits must be finite with lower ≤ centre ≤ upper, found 12.0, 10.0, 20.0");
        assertThatThrownBy(() -> SpcMonth.missing("Mar 2020").asSignal()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a missing month cannot be a signal: Mar 2020");
    }
}
