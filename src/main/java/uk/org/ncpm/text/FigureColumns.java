package uk.org.ncpm.text;

import uk.org.ncpm.measures.Figure;

import java.math.BigDecimal;
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
            "change_basis", "value_change", "phi", "compared_on", "published", "published_note", "footnotes",
            "area_name", "reason");
    public static final String NOT_AVAILABLE = NumberText.NOT_AVAILABLE;

    private FigureColumns() {
    }

    /**
     * The values of {@link #NAMES}: strings, numbers (BigInteger/BigDecimal) or null for an empty cell. The area's
     * name and the reason (why a figure is not available or not tested) come last: appended, so that readers of the
     * earlier columns by position are not broken.
     */
    public static List<Object> of(Figure f, String areaName) {
        boolean na = !f.isAvailable();
        return new ArrayList<>(Arrays.asList(f.metric(), f.areaCode(), f.periodEnd().toString(),
                na ? NOT_AVAILABLE : NumberText.plain(f.value(), -1), rounded(f.lower(), 2, na), rounded(f.upper(), 2, na),
                rounded(f.rate(), 3, na), rounded(f.baseline(), -1, na), rounded(f.change(), 6, na),
                rounded(f.changePct(), 1, na), pValue(f.pValue(), na), f.verdict().orElse(na ? NOT_AVAILABLE : ""),
                f.status(), f.source(), NumberText.plain(f.ratePer(), -1),
                f.perResident().map(r -> (Object) r.populationYear()).orElse(null),
                f.comparison().map(c -> (Object) c.basis().id()).orElse(null),
                f.comparison().map(c -> NumberText.plain(java.util.OptionalDouble.of(c.valueChange()), 6)).orElse(null),
                NumberText.plain(f.test().phi(), 2), f.test().tested() ? f.test().comparedOn() : null, NumberText.plain(f.published(), -1),
                f.national().publishedNote().isEmpty() ? null : f.national().publishedNote(),
                f.footnotes().isEmpty() ? null : String.join(" | ", f.footnotes()), areaName,
                f.reason().isEmpty() ? null : f.reason()));
    }

    private static Object rounded(OptionalDouble value, int decimals, boolean notAvailable) {
        return notAvailable ? NOT_AVAILABLE : NumberText.plain(value, decimals);
    }

    private static Object pValue(OptionalDouble p, boolean notAvailable) {
        return notAvailable ? NOT_AVAILABLE : NumberText.pValue(p);
    }
}
