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
}
