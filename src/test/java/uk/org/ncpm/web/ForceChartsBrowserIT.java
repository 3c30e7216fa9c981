package uk.org.ncpm.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.measures.FigureExample;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The force page's charts in Debian's Chromium: each an image with an accessible name, the page
 * still WCAG 2.2 AA as axe-core checks it, and a screenshot kept in target/screenshots/force-charts.png.
 */
class ForceChartsBrowserIT {

    private static final String GWENT = "W15000002";
    private static HeadlessChromium chromium;

    @BeforeAll
    static void serve() throws Exception {
        List<Figure> figures = new ArrayList<>();
        YearMonth end = YearMonth.of(2019, 6);
        for (int i = 0; i < 9; i++, end = end.plusMonths(3)) {
            figures.add(i == 3 ? figure("neighbourhood-crime", end, OptionalDouble.empty(), "not available")
                    : figure("neighbourhood-crime", end, OptionalDouble.of(6200 - 180 * i), "available"));
            figures.add(figure("homicide", end, OptionalDouble.of(i % 3 + 4), "available"));
        }
        chromium = HeadlessChromium.launch(RunningSite.of(new Snapshot(figures, false)));
    }

    private static Figure figure(String metric, YearMonth end, OptionalDouble value, String status) {
        OptionalDouble lower = value.isEmpty() ? value : OptionalDouble.of(value.getAsDouble() - 2 * Math.sqrt(value.getAsDouble()));
        OptionalDouble upper = value.isEmpty() ? value : OptionalDouble.of(value.getAsDouble() + 2 * Math.sqrt(value.getAsDouble()));
        FigureExample example = FigureExample.of(metric, GWENT, end)
                .source("home-office-prc", "police recorded crime (Home Office open data tables)").files("1:abc");
        if (value.isEmpty()) {
            return example.notAvailable("months not complete: 2019-11 missing");
        }
        return example.value(value.getAsDouble(), lower.getAsDouble(), upper.getAsDouble())
                .verdict("no significant change").build();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void each_chart_is_an_image_named_by_its_title_and_description_above_its_table() {
        Page page = chromium.open("/forces/gwent");
        chromium.screenshot(page, "force-charts");

        Locator charts = page.getByRole(AriaRole.IMG);
        assertThat(charts.count()).isEqualTo(2);
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Police recorded homicide offences")).count())
                .isEqualTo(1);
        // the summary table of both figures, then each chart's own table of every rolling year
        assertThat(page.locator("main table").count()).isEqualTo(3);
        assertThat(charts.first().boundingBox().width).isGreaterThan(300);
    }

    @Test
    void the_force_page_with_charts_meets_wcag_2_2_aa_as_axe_checks_it() {
        Page page = chromium.open("/forces/gwent");

        assertThat(chromium.accessibilityViolations(page)).as("axe-core violations on the force page").isEmpty();
    }
}
