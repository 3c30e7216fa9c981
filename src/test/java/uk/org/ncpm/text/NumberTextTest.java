package uk.org.ncpm.text;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/** The number rules as the pages, charts, CLI and columns wrote them before they had one home. */
class NumberTextTest {

    @Test
    void a_figure_is_whole_from_100_up_and_to_one_decimal_below_grouped_by_thousands() {
        assertThat(NumberText.figure(1234.5)).isEqualTo("1,235");
        assertThat(NumberText.figure(100.4)).isEqualTo("100");
        assertThat(NumberText.figure(63.0)).isEqualTo("63");
        assertThat(NumberText.figure(10.55)).isEqualTo("10.6");
        assertThat(NumberText.figure(-0.04)).isEqualTo("0");
        assertThat(NumberText.figure(-12.25)).isEqualTo("-12.3");
        assertThat(NumberText.figure(OptionalDouble.empty())).isEqualTo("..");
    }

    @Test
    void counts_decimals_and_shares_are_in_uk_form() {
        assertThat(NumberText.count(1_234_567)).isEqualTo("1,234,567");
        assertThat(NumberText.decimal(1234.5)).isEqualTo("1,234.50");
        assertThat(NumberText.fixed(1234.5678, 3)).isEqualTo("1234.568");
        assertThat(NumberText.grouped(1500, 0)).isEqualTo("1,500");
        assertThat(NumberText.grouped(0.2, 1)).isEqualTo("0.2");
        assertThat(NumberText.percent(43, 1510)).isEqualTo("2.8%");
        assertThat(NumberText.percent(0, 50)).isEqualTo("0.0%");
    }

    @Test
    void the_residents_a_rate_is_per_are_named() {
        assertThat(NumberText.per(1e6)).isEqualTo("per million");
        assertThat(NumberText.per(100_000)).isEqualTo("per 100,000");
        assertThat(NumberText.per(1000)).isEqualTo("per 1,000");
    }

    @Test
    void a_column_number_is_plain_rounded_half_up_and_without_exponent() {
        assertThat(NumberText.plain(OptionalDouble.of(12.3456), 2)).isEqualTo(new BigDecimal("12.35"));
        assertThat(NumberText.plain(OptionalDouble.of(1e7), -1)).isEqualTo(BigInteger.valueOf(10_000_000));
        assertThat(NumberText.plain(OptionalDouble.empty(), 2)).isNull();
        assertThat(NumberText.plainText(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(NumberText.plainText(null)).isEmpty();
        assertThat(NumberText.pValue(OptionalDouble.of(0.00001))).isEqualTo("<0.0001");
        assertThat(NumberText.pValue(OptionalDouble.of(0.0123456))).isEqualTo(new BigDecimal("0.01235"));
    }
}
