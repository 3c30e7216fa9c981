package uk.org.ncpm.web.charts;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.measures.FigureExample;
import uk.org.ncpm.web.RunningSite;
import uk.org.ncpm.web.Snapshot;

import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The force page on a real server on a random port: a chart above each table, the table still there. */
class ForcePageChartTest {

    private static final String GWENT = "W15000002";

    private RunningSite site;

    private static Figure homicide(YearMonth end, double value, String verdict) {
        return FigureExample.of("homicide", GWENT, end)
                .source("home-office-prc", "police recorded crime (Home Office open data tables)")
                .value(value, value * 0.6, value * 1.5).baseline(7).verdict(verdict).files("1:abc").build();
    }

    private static Figure notAvailable(YearMonth end) {
        return FigureExample.of("homicide", GWENT, end)
                .source("home-office-prc", "police recorded crime (Home Office open data tables)")
                .notAvailable("months not complete: 2019-11 missing");
    }

    @BeforeEach
    void start() {
        // Jun 2019 (baseline), Sep 2019, Dec 2019 not available, Mar 2020 absent from the store, Jun 2020.
        List<Figure> figures = List.of(homicide(YearMonth.of(2019, 6), 7, null), homicide(YearMonth.of(2019, 9), 9,
                "no significant change"), notAvailable(YearMonth.of(2019, 12)), homicide(YearMonth.of(2020, 6), 5, "no significant change"));
        site = RunningSite.of(new Snapshot(figures, false));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void the_force_page_shows_a_titled_chart_above_the_table_of_the_same_figures() throws Exception {
        String page = site.send(site.request("/forces/gwent"), HttpResponse.BodyHandlers.ofString()).body();

        assertThat(page).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"chart-homicide-home-office-prc\" class=\"app-chart\" role=\"img\"");
        // the chart comes above the table of its own figures (the summary table of every figure is above both)
        assertThat(page.indexOf("<svg")).isPositive().isLessThan(page.indexOf("by rolling year</caption>"));
        assertThat(page).contains("<th scope=\"row\" class=\"govuk-table__header\">year ending December 2019</th>");

        Matcher chart = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(page);
        assertThat(chart.find()).isTrue();
        ParsedSvg svg = ParsedSvg.of(chart.group()).assertAccessibleImage();
        assertThat(svg.title()).startsWith("Police recorded homicide offences").contains(", Gwent Police, by rolling year (police recorded crime");
        assertThat(svg.desc()).contains("from the year ending Jun 2019 to the year ending Jun 2020")
                .contains("Baseline, year ending Jun 2019: 7 (95% interval 4.2 to 10.5).")
                .contains("Latest, year ending Jun 2020: 5 (95% interval 3 to 7.5).")
                .contains("Not available, shown as gaps: year ending Dec 2019, Mar 2020.")
                .endsWith("Year ending June 2020: no significant change since the baseline.");
        assertThat(svg.withClass("path", "app-chart__line")).hasSize(2);
        assertThat(svg.withClass("circle", "app-chart__point")).hasSize(3);
    }
}
