package uk.org.ncpm.web;

import org.junit.jupiter.api.Test;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.web.govuk.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.ncpm.web.Figures.count;
import static uk.org.ncpm.web.Figures.notAvailable;

/** The measure page's model: national chart, funnel plot and tables, without a server. */
class MeasurePageTest {

    private static final Catalogue CATALOGUE = Catalogue.bundled();
    private static final String PRC = "police recorded crime (Home Office open data tables)";
    private static final String KENT = "E23000032";
    private static final String GWENT = "W15000002";

    /** Every force at 10 per 1,000 on 1,000 offences per 100,000 residents; Kent well above, Gwent not available. */
    private static List<Figure> figures() {
        List<Figure> figures = new ArrayList<>();
        long total = 0;
        double residents = 0;
        for (Force force : CATALOGUE.forces().territorial()) {
            double population = 100_000 + 10_000 * (force.code().hashCode() & 0xff);
            long offences = Math.round(population / 100);
            if (force.code().equals(GWENT)) {
                figures.add(notAvailable("neighbourhood-crime", GWENT, "2021-06", "home-office-prc", PRC, "quarter 2020/21 Q3 missing"));
                continue;
            }
            if (force.code().equals(KENT)) {
                offences *= 2;
            }
            total += offences;
            residents += population;
            figures.add(count("neighbourhood-crime", force.code(), "2021-06", "home-office-prc", PRC, offences, offences - 50,
                    offences + 50, offences * 1000.0 / population, 1000, offences, "no significant change", ""));
        }
        figures.add(count("neighbourhood-crime", "K04000001", "2019-06", "home-office-prc", PRC, total, total - 500, total + 500,
                total * 1000.0 / residents, 1000, total, "", "this is the baseline year"));
        figures.add(count("neighbourhood-crime", "K04000001", "2019-03", "home-office-prc", PRC, total + 900, total + 400,
                total + 1400, 10.1, 1000, total, "", "before the baseline"));
        figures.add(count("neighbourhood-crime", "K04000001", "2019-12", "home-office-prc", PRC, total - 900, total - 1400,
                total - 400, 9.9, 1000, total, "", ""));
        figures.add(count("neighbourhood-crime", "K04000001", "2021-06", "home-office-prc", PRC, total, total - 500, total + 500,
                total * 1000.0 / residents, 1000, total, "no significant change",
                "like-for-like: left out of both periods for missing data: Gwent Police"));
        return figures;
    }

    private static MeasurePage.SourceSection section() {
        MeasurePage page = MeasurePage.of(CATALOGUE, "neighbourhood-crime", new Snapshot(figures(), false));
        return page.metrics().stream().filter(m -> m.id().equals("neighbourhood-crime")).findFirst().orElseThrow()
                .sources().get(0);
    }

    @Test
    void the_national_series_starts_before_the_baseline_in_both_chart_and_table_with_the_baseline_marked() {
        MeasurePage.SourceSection section = section();

        Table national = section.national().orElseThrow();
        assertThat(national.rows()).extracting(r -> r.get(0).text())
                .containsExactly("year ending March 2019", "year ending June 2019", "year ending December 2019",
                        "year ending June 2021");
        String chart = section.nationalChart().orElseThrow().markup();
        assertThat(chart).contains("app-chart__baseline").contains("app-chart__band")
                .contains("from the year ending Mar 2019 to the year ending Jun 2021")
                .contains("Not available, shown as gaps: year ending Sept 2019, Mar 2020, Jun 2020");
        assertThat(section.seriesCsv()).isEqualTo("/api/v1/series/neighbourhood-crime/K04000001.csv");
        assertThat(section.seriesJson()).isEqualTo("/api/v1/series/neighbourhood-crime/K04000001.json");
    }

    @Test
    void the_funnel_plot_names_the_forces_outside_its_limits_in_words_and_says_which_are_left_off() {
        ForcesFunnel funnel = section().funnel().orElseThrow();

        assertThat(funnel.outside()).isEqualTo("Well above expected range (99.8%): Kent Police. "
                + "The other 41 forces are within expected range.");
        assertThat(funnel.chart().markup()).contains("<desc").contains("Well above expected range (99.8%): Kent Police.")
                .contains("Forces are placed, not ranked.").contains("app-chart__limit");
        // Kent alone is winsorised away: the other forces vary no more than chance, so the limits are not widened.
        assertThat(funnel.notes()).anySatisfy(n -> assertThat(n).startsWith("No over-dispersion adjustment (φ = "));
        assertThat(funnel.notes()).contains("Not on the plot: Gwent Police (quarter 2020/21 Q3 missing).");
    }

    @Test
    void the_funnel_plot_shows_exactly_the_figures_of_the_alphabetical_force_table() {
        MeasurePage.SourceSection section = section();
        Table funnel = section.funnel().orElseThrow().table();
        Table forces = section.forces().orElseThrow();

        List<String> names = funnel.rows().stream().map(r -> r.get(0).text()).toList();
        assertThat(names).hasSize(43).isSortedAccordingTo(Comparator.naturalOrder())
                .isEqualTo(forces.rows().stream().map(r -> r.get(0).text()).toList());
        Map<String, String> tableRates = new HashMap<>();
        forces.rows().forEach(r -> tableRates.put(r.get(0).text(), r.get(3).text()));
        Map<String, String> tableCounts = new HashMap<>();
        forces.rows().forEach(r -> tableCounts.put(r.get(0).text(), r.get(1).text()));
        for (List<Table.Cell> row : funnel.rows()) {
            assertThat(row.get(3).text()).as(row.get(0).text()).isEqualTo(tableRates.get(row.get(0).text()));
            assertThat(row.get(1).text()).as(row.get(0).text()).isEqualTo(tableCounts.get(row.get(0).text()));
        }
        assertThat(funnel.rows()).filteredOn(r -> r.get(0).text().equals("Gwent Police")).singleElement()
                .satisfies(r -> assertThat(r.get(4).text()).isEqualTo("not on the plot: quarter 2020/21 Q3 missing"));
        assertThat(funnel.rows()).filteredOn(r -> r.get(0).text().equals("Kent Police")).singleElement()
                .satisfies(r -> assertThat(r.get(4).text()).isEqualTo("well above expected range (99.8%)"));
    }

    @Test
    void a_metric_without_a_rate_has_no_funnel_and_says_why() {
        List<Figure> figures = new ArrayList<>(figures());
        figures.replaceAll(f -> new Figure(f.metric(), f.areaCode(), f.period(), f.source(), f.sourceLabel(), f.unit(),
                f.estimate(), java.util.Optional.empty(), f.comparison(), f.test(), f.national(), f.footnotes(), f.reason(),
                f.provenance()));
        MeasurePage page = MeasurePage.of(CATALOGUE, "neighbourhood-crime", new Snapshot(figures, false));
        MeasurePage.SourceSection section = page.metrics().stream().filter(m -> m.id().equals("neighbourhood-crime")).findFirst()
                .orElseThrow().sources().get(0);

        assertThat(section.funnel()).isEmpty();
        assertThat(section.noFunnel()).isEqualTo("No funnel plot: the catalogue gives this metric no rate per residents.");
        assertThat(section.forces()).isPresent();
    }

    @Test
    void the_overview_gives_each_headline_figure_a_small_chart_and_its_data_quality_notes() {
        List<Figure> figures = figures();
        OverviewPage page = OverviewPage.of(CATALOGUE, figures, false);

        FigureLine line = page.measures().stream().filter(m -> m.id().equals("neighbourhood-crime")).findFirst().orElseThrow()
                .lines().get(0);
        assertThat(line.chart().markup()).contains("viewBox=\"0 0 320 ").contains("app-chart__baseline");
        assertThat(line.quality()).containsExactly(
                "Like-for-like: left out of both periods for missing data: Gwent Police.",
                "Force figures not available for the year ending June 2021: Gwent Police (quarter 2020/21 Q3 missing).");
        assertThat(line.tableHref()).isEqualTo("/measures/neighbourhood-crime#metric-neighbourhood-crime");
    }

    @Test
    void data_quality_notes_name_proxies_other_areas_and_years_not_available() {
        Figure latest = count("sharp-object-admissions-u25", "E92000001", "2021-06", "ncpm-tidy-metric", "NHS", 119, 98, 142,
                0, 1, 115, "no significant change", "");
        Figure gap = notAvailable("sharp-object-admissions-u25", "E92000001", "2020-06", "ncpm-tidy-metric", "NHS",
                "no value in the source");
        Figure street = count("neighbourhood-crime", "K04000001", "2021-06", "police-uk-street", "street", 70694, 70173,
                71217, 11.8, 1000, 81704, "statistically significant decrease", "");

        assertThat(DataQualityNotes.of(CATALOGUE, latest, List.of(gap, latest))).containsExactly(
                "The source covers England, not England and Wales exactly.",
                "Not available for the year ending June 2020: no value in the source.");
        assertThat(DataQualityNotes.of(CATALOGUE, street, List.of(street))).singleElement()
                .satisfies(n -> assertThat(n).startsWith("A proxy from data.police.uk street records, not police recorded crime"));
    }
}
