package uk.org.ncpm.web;

import org.junit.jupiter.api.Test;

import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

class FigureTextTest {

    @Test
    void names_the_rate_denominator_in_words() {
        assertThat(FigureText.per(OptionalDouble.of(1e6))).isEqualTo("per million");
        assertThat(FigureText.per(OptionalDouble.of(100_000))).isEqualTo("per 100,000");
        assertThat(FigureText.per(OptionalDouble.of(1000))).isEqualTo("per 1,000");
        assertThat(FigureText.per(OptionalDouble.empty())).isEmpty();
    }

    @Test
    void a_figure_not_available_is_two_dots_never_zero_with_its_reason_in_the_notes() {
        var f = Figures.notAvailable("homicide", "W15000002", "2020-03", "home-office-prc", "prc", "quarter 2019/20 Q3 missing");

        assertThat(FigureText.value(f)).isEqualTo("..");
        assertThat(FigureText.interval(f)).isEqualTo("..");
        assertThat(FigureText.change(f)).isEqualTo("..");
        assertThat(FigureText.verdict(f)).isEqualTo("not available");
        assertThat(FigureText.notes(f)).isEqualTo("quarter 2019/20 Q3 missing");
    }

    @Test
    void a_count_shows_its_interval_and_its_change_with_sign_and_percentage() {
        var f = Figures.count("homicide", "K04000001", "2020-06", "home-office-prc", "prc", 78, 61.66, 97.35, 13.1, 1e6, 75,
                "no significant change", "");

        assertThat(FigureText.value(f)).isEqualTo("78");
        assertThat(FigureText.interval(f)).isEqualTo("61.7 to 97.4");
        assertThat(FigureText.change(f)).isEqualTo("+3 (+4%)");
        assertThat(FigureText.rate(f)).isEqualTo("13.1");
    }

    @Test
    void a_rate_change_is_shown_with_the_count_change_beside_it() {
        uk.org.ncpm.measures.Change change = new uk.org.ncpm.measures.Change(uk.org.ncpm.measures.ChangeBasis.RATE,
                5.2809, -0.0831, OptionalDouble.of(-1.57), OptionalDouble.empty(), OptionalDouble.empty(), 47_000, 300);
        uk.org.ncpm.measures.Figure f = uk.org.ncpm.measures.FigureExample.of("neighbourhood-crime", "E23000032", "2020-06")
                .value(47_300).rate(5.1978, 1000, 9_100_000, 2020).change(change)
                .verdict("statistically significant decrease (improvement)").build();

        assertThat(FigureText.change(f)).isEqualTo("-0.1 (-1.6%) in the rate per 1,000; +300 in the count");
        assertThat(FigureText.verdict(f)).isEqualTo("statistically significant decrease (improvement)");
    }

    @Test
    void notes_give_the_published_total_with_what_it_includes_the_edition_and_the_footnotes() {
        uk.org.ncpm.measures.Figure f = uk.org.ncpm.measures.FigureExample.of("homicide", "K04000001", "2019-06")
                .source("ons-pfa-tables", "ONS").value(675)
                .published(681, "England and Wales total as published by the source: includes British Transport Police.")
                .footnotes(java.util.List.of("from the ONS PFA tables, year ending June 2019 edition",
                        "Cheshire Constabulary: undercount of 1,000 crimes"))
                .build();

        assertThat(FigureText.notes(f)).isEqualTo("the source's own England and Wales total, as published: 681 "
                + "(includes British Transport Police); figures from the ONS PFA tables, year ending June 2019 edition; "
                + "source footnote: Cheshire Constabulary: undercount of 1,000 crimes");
    }
}
