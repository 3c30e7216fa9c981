package uk.org.ncpm.text;

import uk.org.ncpm.measures.Figure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The published columns of a figure, the same in `ncpm figures` and the API: `..` where not
 * available, numbers rounded for reading (intervals to 2 places, rates to 3, percentages to 1,
 * p-values to 4 significant figures, below 0.0001 as "<0.0001").
 */
public final class FigureColumns {

    public static final List<String> NAMES = List.of("metric", "area_code", "period_end", "value", "lower", "upper", "rate",
            "baseline", "change", "change_pct", "p_value", "verdict", "status", "source", "rate_per", "population_year",
            "change_basis", "value_change", "phi", "compared_on", "published", "published_note", "footnotes");
    public static final String NOT_AVAILABLE = "..";

    private FigureColumns() {
    }

    /** The values of {@link #NAMES}: strings, numbers (BigInteger/BigDecimal) or null for an empty cell. */
    public static List<Object> of(Figure f) {
        boolean na = !f.isAvailable();
        return new ArrayList<>(Arrays.asList(f.metric(), f.areaCode(), f.periodEnd().toString(),
                na ? NOT_AVAILABLE : plain(f.value(), -1), rounded(f.lower(), 2, na), rounded(f.upper(), 2, na),
                rounded(f.rate(), 3, na), rounded(f.baseline(), -1, na), rounded(f.change(), 6, na),
                rounded(f.changePct(), 1, na), pValue(f.pValue(), na), f.verdict().orElse(na ? NOT_AVAILABLE : ""),
                f.status(), f.source(), plain(f.ratePer(), -1),
                f.perResident().map(r -> (Object) r.populationYear()).orElse(null),
                f.comparison().map(c -> (Object) c.basis().id()).orElse(null),
                f.comparison().map(c -> plain(java.util.OptionalDouble.of(c.valueChange()), 6)).orElse(null),
                plain(f.test().phi(), 2), f.test().tested() ? f.test().comparedOn() : null, plain(f.published(), -1),
                f.national().publishedNote().isEmpty() ? null : f.national().publishedNote(),
                f.footnotes().isEmpty() ? null : String.join(" | ", f.footnotes())));
    }

    private static Object rounded(OptionalDouble value, int decimals, boolean notAvailable) {
        return notAvailable ? NOT_AVAILABLE : plain(value, decimals);
    }

    /** A number rounded half-up to {@code decimals} places (-1: as stored), without exponent; null when absent. */
    public static Object plain(OptionalDouble value, int decimals) {
        if (value.isEmpty()) {
            return null;
        }
        BigDecimal exact = BigDecimal.valueOf(value.getAsDouble());
        if (decimals >= 0) {
            exact = exact.setScale(decimals, RoundingMode.HALF_UP);
        }
        exact = exact.stripTrailingZeros();
        return exact.scale() <= 0 ? exact.toBigInteger() : exact;
    }

    private static Object pValue(OptionalDouble p, boolean notAvailable) {
        if (notAvailable) {
            return NOT_AVAILABLE;
        }
        if (p.isEmpty()) {
            return null;
        }
        if (p.getAsDouble() < 0.0001) {
            return "<0.0001";
        }
        return new BigDecimal(p.getAsDouble()).round(new MathContext(4)).stripTrailingZeros();
    }

    /** Plain text of a cell value (numbers without exponent). */
    public static String text(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value == null ? "" : value.toString();
    }
}
