package uk.org.ncpm.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.junit.jupiter.api.Test;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.store.ObservationRow;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officer numbers page model and its fragment {@code workforce.jte}, on the England and Wales
 * figures of the real tables (sep18 and sep19 editions, sheet Table_1, row 60 "Total 43 forces").
 */
class WorkforceFragmentTest {

    private static final String SEP18 = "Home Office police workforce tables, 30 September 2018 edition";
    private static final String SEP19 = "Home Office police workforce tables, 30 September 2019 edition";

    private static final List<ObservationRow> ROWS = List.of(
            row("K04000001", LocalDate.of(2017, 9, 30), 121_928.97675, SEP18),
            row("K04000001", LocalDate.of(2018, 3, 31), 122_403.80097, SEP18),
            row("K04000001", LocalDate.of(2018, 9, 30), 122_406.45085, SEP19),
            row("K04000001", LocalDate.of(2019, 3, 31), 123_170.85695, SEP19),
            row("K04000001", LocalDate.of(2019, 9, 30), 124_783.97276, SEP19),
            row("W15000002", LocalDate.of(2019, 9, 30), 1293.73, SEP19),
            new ObservationRow("homicide", "K04000001", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 31),
                    OptionalDouble.of(100), OptionalDouble.empty(), OptionalDouble.empty(), "count", Optional.empty(), "",
                    "", 1, "other.csv", "home-office-prc", Optional.empty(), List.of()));

    @Test
    void the_changes_are_since_the_earliest_date_and_since_march_2019() {
        OfficerNumbers national = OfficerNumbers.of(Catalogue.bundled(), ROWS).get("K04000001");

        assertThat(national.areaName()).isEqualTo("England and Wales");
        assertThat(national.officers()).hasSize(5);
        // 124,783.97 - 121,928.98 = 2,855.0, 2.3%
        assertThat(national.sinceEarliest().orElseThrow().text())
                .isEqualTo("up 2,855 (2.3%), 30 September 2017 to 30 September 2019");
        // the Home Office's own "Change in 6 months Mar-19 to Sep-19" on row 60 of sep19: 1,613 and 1.3%
        assertThat(national.sinceUpliftBegan().orElseThrow().text())
                .isEqualTo("up 1,613 (1.3%), 31 March 2019 to 30 September 2019");
    }

    @Test
    void one_date_gives_no_change_and_other_series_are_left_out() {
        Map<String, OfficerNumbers> numbers = OfficerNumbers.of(Catalogue.bundled(), ROWS);

        assertThat(numbers).containsOnlyKeys("K04000001", "W15000002");
        OfficerNumbers gwent = numbers.get("W15000002");
        assertThat(gwent.areaName()).isEqualTo("Gwent Police");
        assertThat(gwent.sinceEarliest()).isEmpty();
        assertThat(gwent.sinceUpliftBegan()).isEmpty();
    }

    @Test
    void the_fragment_renders_a_table_the_changes_the_source_and_says_it_is_not_a_measure() {
        OfficerNumbers national = OfficerNumbers.of(Catalogue.bundled(), ROWS).get("K04000001");
        StringOutput html = new StringOutput();

        TemplateEngine.createPrecompiled(ContentType.Html).render("workforce.jte", Map.of("officers", national), html);

        String page = html.toString();
        assertThat(page).contains("<h2 class=\"govuk-heading-m\" id=\"police-officers\">Police officer numbers</h2>")
                .contains("began in autumn 2019").contains("not as a measure")
                .contains("Police officers, England and Wales (full-time equivalents)")
                .contains("<th scope=\"row\" class=\"govuk-table__header\">30 September 2017</th>")
                .contains("124,784").contains("121,929")
                .contains("govuk-summary-list").contains("Change since 31 March 2019")
                .contains("up 1,613 (1.3%), 31 March 2019 to 30 September 2019")
                .contains(SEP18 + ": 30 September 2017, 31 March 2018")
                .contains(SEP19 + ": 30 September 2018, 31 March 2019, 30 September 2019")
                .doesNotContain("verdict</").doesNotContain("significant");
    }

    @Test
    void the_heading_id_and_level_can_be_chosen_by_the_page_that_includes_it() {
        OfficerNumbers national = OfficerNumbers.of(Catalogue.bundled(), ROWS).get("K04000001");
        StringOutput html = new StringOutput();

        TemplateEngine.createPrecompiled(ContentType.Html).render("workforce.jte",
                Map.of("officers", national, "headingId", "national-officers", "headingLevel", 3), html);

        assertThat(html.toString()).contains("<h3 class=\"govuk-heading-s\" id=\"national-officers\">Police officer numbers</h3>")
                .contains("aria-labelledby=\"national-officers\"").doesNotContain("<h2");
    }

    private static ObservationRow row(String area, LocalDate date, double fte, String edition) {
        return new ObservationRow("police-officers-fte", area, date, date, OptionalDouble.of(fte), OptionalDouble.empty(),
                OptionalDouble.empty(), "FTE", Optional.empty(), "sheet 'Table_1'", "", 1, "t.ods",
                "home-office-police-workforce", Optional.of(edition), List.of());
    }
}
