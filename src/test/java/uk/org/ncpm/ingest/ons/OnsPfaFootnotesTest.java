package uk.org.ncpm.ingest.ons;

import org.junit.jupiter.api.Test;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.ingest.IngestException;
import uk.org.ncpm.ingest.Observation;
import uk.org.ncpm.ingest.TableContent;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every year of the knife series table, and the footnotes that travel with each figure. */
class OnsPfaFootnotesTest {

    private static final String KNIFE = "Number of selected offences involving a knife";
    private static final String LANCASHIRE = "Lancashire could not supply data in time for publication for April to "
            + "June 2019. Data for Lancashire have been imputed using national trends.";
    private static final String GMP = "Greater Manchester Police were under-counting these offences before December 2017.";
    private static final String SURREY = "One police force (Surrey) include unbroken bottle and glass offences in their returns.";

    private final OnsPfaTablesReader reader = new OnsPfaTablesReader(Catalogue.bundled());

    private static byte[] workbook() {
        return SmallPfaWorkbook.p1().row("E23000003", "Lancashire", 1, 2, 3, 4, 5, 6)
                .sheet("Table P5", "Table P5: Knife and sharp instrument offences recorded by the police for selected "
                        + "offences, by police force area, English regions and Wales, year ending June 2019", "1")
                .blankRows(1)
                .periodHeadings("Jul '17 to Jun '18", "Jul '18 to Jun '19")
                .header(true, List.of(KNIFE, "% involving a knife", KNIFE, "% involving a knife"))
                .rowWithRaisedMarker(null, "England and Wales (excluding Greater Manchester Police)", "4", 41158, 6.1, 44076, 6.0)
                .rowWithRaisedMarker("E23000003", "Lancashire", "2", 907, 3.5, 1159, 5.1)
                .rowWithRaisedMarker("E23000005", "Greater Manchester", "3", 2553, 5.6, 3437, 7.7)
                .row("E23000031", "Surrey", 420, 4.1, 491, 5.1)
                .text("Source: Police recorded crime, Home Office")
                .text("1. Police recorded crime data are not designated as National Statistics.")
                .text("2. " + LANCASHIRE)
                .text("3. " + GMP)
                .text("4. Includes British Transport Police")
                .text("5. " + SURREY)
                .bytes();
    }

    @Test
    void reads_every_year_of_the_knife_series_as_an_observation_of_that_year() throws IngestException {
        TableContent content = reader.read("f.xlsx", workbook());

        Observation earlier = find(content, "E23000003", LocalDate.of(2018, 6, 30));
        assertThat(earlier.value()).hasValue(907);
        assertThat(earlier.periodStart()).isEqualTo(LocalDate.of(2017, 7, 1));
        assertThat(earlier.location()).isEqualTo("sheet 'Table P5', row 6, column C");
        assertThat(find(content, "E23000003", LocalDate.of(2019, 6, 30)).value()).hasValue(1159);
        assertThat(content.edition()).isEqualTo("ONS PFA tables, year ending June 2019 edition");
    }

    @Test
    void a_footnote_marked_on_a_force_stays_with_its_figures_and_a_span_of_months_with_the_years_it_falls_in()
            throws IngestException {
        TableContent content = reader.read("f.xlsx", workbook());

        assertThat(find(content, "E23000003", LocalDate.of(2019, 6, 30)).footnotes()).containsExactly(LANCASHIRE);
        // April to June 2019 is not in the year ending June 2018
        assertThat(find(content, "E23000003", LocalDate.of(2018, 6, 30)).footnotes()).isEmpty();
        assertThat(find(content, "E23000005", LocalDate.of(2018, 6, 30)).footnotes()).containsExactly(GMP);
        assertThat(find(content, "E23000005", LocalDate.of(2019, 6, 30)).footnotes()).containsExactly(GMP);
        // no marker on Surrey's row, but the footnote names it
        assertThat(find(content, "E23000031", LocalDate.of(2019, 6, 30)).footnotes()).containsExactly(SURREY);
        assertThat(content.notes()).contains("Table P5, footnote for the whole table (kept here, on no observation): "
                + "1. Police recorded crime data are not designated as National Statistics.");
    }

    @Test
    void the_national_total_says_what_the_published_figure_includes_and_excludes() throws IngestException {
        TableContent content = reader.read("f.xlsx", workbook());

        Observation national = find(content, "K04000001", LocalDate.of(2019, 6, 30));
        assertThat(national.value()).hasValue(44076);
        assertThat(national.footnotes()).containsExactly("England and Wales total as published by the source: "
                + "includes British Transport Police and excludes Greater Manchester Police.");
        assertThat(content.notes()).contains("Table P5: row 5 ('England and Wales (excluding Greater Manchester Police)') "
                + "stored as the total of K04000001, which the table gives only without Greater Manchester Police");
    }

    @Test
    void a_national_total_the_table_says_nothing_about_is_as_published() throws IngestException {
        TableContent content = reader.read("f.xlsx", SmallPfaWorkbook.p1()
                .row("K04000001", "ENGLAND AND WALES", 5279956, 681, 88177, 291820, 469915, 109096).bytes());

        assertThat(content.observations().stream().filter(o -> o.areaCode().equals("K04000001")))
                .allMatch(o -> o.footnotes().equals(List.of("England and Wales total as published by the source.")));
    }

    private static Observation find(TableContent content, String area, LocalDate end) {
        return content.observations().stream().filter(o -> o.seriesId().equals("knife-crime")
                && o.areaCode().equals(area) && o.periodEnd().equals(end)).findFirst().orElseThrow(
                () -> new AssertionError("no knife-crime for " + area + " " + end + " in " + content.observations()));
    }
}
