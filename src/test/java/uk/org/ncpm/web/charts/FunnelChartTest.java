package uk.org.ncpm.web.charts;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FunnelChartTest {

    private static final List<FunnelPoint> FORCES = List.of(
            new FunnelPoint("Dyfed-Powys Police", 520_000, 4.1, false),
            new FunnelPoint("Gwent Police", 595_000, 7.2, true),
            new FunnelPoint("South Wales Police", 1_340_000, 6.0, false),
            new FunnelPoint("North Wales Police", 700_000, 5.2, false));

    /** Normal-approximation limits around 5.5 per 1,000: enough to draw curves. */
    private static final List<LimitsAtPopulation> LIMITS = LimitsAtPopulation.sample(100_000, 1_400_000, 40, p -> {
        double e = p / 1000;
        double sd = Math.sqrt(5.5 / e);
        return new LimitsAtPopulation(p, Math.max(0, 5.5 - 3.09 * sd), Math.max(0, 5.5 - 1.96 * sd), 5.5 + 1.96 * sd, 5.5 + 3.09 * sd);
    });

    private static ParsedSvg render(List<FunnelPoint> points) {
        return ParsedSvg.of(FunnelChart.of("funnel", "Neighbourhood crime rate by force population, year ending June 2021",
                points, 5.5).withLimits(LIMITS).withAxisWords("Rate per 1,000 residents")
                .withVerdict("Gwent Police: above expected range (95%)").render());
    }

    @Test
    void is_a_well_formed_accessible_image_that_describes_the_highlighted_force_without_ranking() {
        ParsedSvg svg = render(FORCES).assertAccessibleImage();

        assertThat(svg.title()).isEqualTo("Neighbourhood crime rate by force population, year ending June 2021");
        assertThat(svg.desc()).isEqualTo("Funnel plot of the rate against population for 4 forces, with the England and Wales "
                + "rate (5.5) and its 95% and 99.8% limits. Gwent Police, marked by a blue diamond, has rate 7.2 at population "
                + "595,000. Gwent Police: above expected range (95%). Forces are placed, not ranked.");
    }

    @Test
    void the_highlighted_force_differs_from_the_others_in_shape_and_colour() {
        ParsedSvg svg = render(FORCES);
        List<Element> highlighted = svg.withClass("*", "app-chart__point--highlighted");
        List<Element> others = svg.all("*").stream().filter(e -> e.getAttribute("class").equals("app-chart__point")).toList();

        assertThat(highlighted).hasSize(1);
        assertThat(highlighted.get(0).getLocalName()).isEqualTo("path");
        assertThat(others).hasSize(3).allSatisfy(o -> {
            assertThat(o.getLocalName()).isEqualTo("circle");
            assertThat(o.getAttribute("fill")).isNotEqualTo(highlighted.get(0).getAttribute("fill"));
            assertThat(o.getAttribute("stroke")).isNotEqualTo(highlighted.get(0).getAttribute("stroke"));
        });
        assertThat(ParsedSvg.tooltip(highlighted.get(0))).isEqualTo("Gwent Police: rate 7.2, population 595,000");
    }

    @Test
    void forces_are_named_only_in_tooltips_and_the_key_never_beside_their_points() {
        ParsedSvg svg = render(FORCES);

        assertThat(svg.texts()).doesNotContain("Dyfed-Powys Police", "South Wales Police", "North Wales Police")
                .containsOnlyOnce("Gwent Police").contains("Other forces");
        assertThat(svg.withClass("*", "app-chart__point")).extracting(ParsedSvg::tooltip)
                .containsExactlyInAnyOrder("Dyfed-Powys Police: rate 4.1, population 520,000",
                        "Gwent Police: rate 7.2, population 595,000", "South Wales Police: rate 6, population 1,340,000",
                        "North Wales Police: rate 5.2, population 700,000");
    }

    @Test
    void draws_the_national_line_and_both_pairs_of_limits_clipped_to_the_plot() {
        ParsedSvg svg = render(FORCES);
        List<Element> limits = svg.withClass("path", "app-chart__limit");

        assertThat(svg.withClass("line", "app-chart__reference")).hasSize(1);
        assertThat(limits).hasSize(4).extracting(e -> e.getAttribute("stroke-dasharray")).containsExactly("2 4", "2 4", "8 4", "8 4");
        assertThat(limits).allSatisfy(l -> assertThat(((Element) l.getParentNode()).getAttribute("clip-path")).isEqualTo("url(#funnel-clip)"));
        assertThat(svg.byId("funnel-clip").getLocalName()).isEqualTo("clipPath");
        assertThat(svg.texts()).contains("England and Wales rate", "95% limits", "99.8% limits", "Population (residents)");
    }

    @Test
    void a_funnel_of_every_force_alike_has_no_highlight_and_no_limits_until_given() {
        ParsedSvg svg = ParsedSvg.of(FunnelChart.of("f", "t", FORCES.stream()
                .map(f -> new FunnelPoint(f.label(), f.population(), f.rate(), false)).toList(), 5.5).render()).assertAccessibleImage();

        assertThat(svg.withClass("*", "app-chart__point--highlighted")).isEmpty();
        assertThat(svg.withClass("path", "app-chart__limit")).isEmpty();
        assertThat(svg.texts()).contains("Forces").doesNotContain("Other forces", "95% limits");
    }

    @Test
    void highlights_at_most_one_force() {
        List<FunnelPoint> two = List.of(new FunnelPoint("A", 1000, 1, true), new FunnelPoint("B", 1000, 1, true));

        assertThatThrownBy(() -> FunnelChart.of("f", "t", two, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a funnel chart highlights at most one force, found [A, B]");
    }

    @Test
    void city_of_london_does_not_set_the_axes_and_is_drawn_at_the_top_edge_with_a_note() {
        List<FunnelPoint> withCity = new java.util.ArrayList<>(FORCES);
        withCity.add(new FunnelPoint("City of London Police", 8_000, 125, false, "per-resident rates are not comparable"));

        ParsedSvg svg = render(withCity).assertAccessibleImage();
        ParsedSvg without = render(FORCES);

        assertThat(svg.withClass("*", "app-chart__y-axis").get(0).getTextContent())
                .isEqualTo(without.withClass("*", "app-chart__y-axis").get(0).getTextContent());
        List<Element> arrow = svg.withClass("*", "app-chart__point--off-scale");
        assertThat(arrow).hasSize(1);
        assertThat(ParsedSvg.tooltip(arrow.get(0)))
                .isEqualTo("City of London Police: rate off the scale, 125; per-resident rates are not comparable");
        assertThat(svg.all("text").stream().map(Element::getTextContent))
                .contains("City of London Police: rate off the scale, 125; per-resident rates are not comparable",
                        "Rate off the scale, drawn at the top edge");
        assertThat(svg.desc()).contains("City of London Police: rate off the scale, 125; per-resident rates are not "
                + "comparable (drawn at the top edge of the plot).");
    }

    @Test
    void city_of_london_within_the_scale_is_an_ordinary_point() {
        List<FunnelPoint> withCity = new java.util.ArrayList<>(FORCES);
        withCity.add(new FunnelPoint("City of London Police", 8_000, 5.0, false, "per-resident rates are not comparable"));

        ParsedSvg svg = render(withCity);

        assertThat(svg.withClass("*", "app-chart__point--off-scale")).isEmpty();
        assertThat(svg.desc()).doesNotContain("off the scale");
    }
}
