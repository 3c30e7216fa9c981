package uk.org.ncpm.web;

import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.measures.RollingPeriod;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The change of a force's rolling year on an earlier rolling year of the same source: the previous
 * quarter (the year ending three months earlier) or the previous year (twelve months earlier). On the
 * same one quantity as the change against the baseline (docs/method.md, "Change against the
 * baseline"): the rate when both years have one, otherwise the count; percentages in percentage
 * points. It is a description, not a test: the years overlap (nine months for the previous quarter)
 * and the site's only verdict is against the baseline.
 *
 * @param difference latest − earlier on the basis; empty when there is no comparison
 * @param percent    difference / earlier × 100; empty for percentages and a zero earlier value
 * @param text       the change as the page shows it, or why there is none in public words
 */
public record EarlierYearChange(OptionalDouble difference, OptionalDouble percent, String text) {

    /** What the page says under the changes on earlier years. */
    public static final String EXPLAINED = "The changes on the previous quarter and the previous year are on the rate "
            + "per resident where both years have one, otherwise on the count. They describe the change and are not "
            + "tested: the rolling years overlap (by nine months for the previous quarter), and the test of each figure "
            + "is against the baseline.";

    static EarlierYearChange of(Figure latest, Optional<Figure> earlier, RollingPeriod earlierPeriod) {
        if (!latest.isAvailable()) {
            return none("not available");
        }
        if (earlier.isEmpty()) {
            return none("not available: no figure for the " + earlierPeriod.label() + " from this source");
        }
        Figure before = earlier.get();
        if (!before.isAvailable()) {
            return none("not available: the " + earlierPeriod.label() + " has no figure ("
                    + PublicWords.of(before.reason()) + ")");
        }
        if (FigureText.isPercentage(latest)) {
            double points = latest.value().getAsDouble() - before.value().getAsDouble();
            return new EarlierYearChange(OptionalDouble.of(points), OptionalDouble.empty(),
                    FigureText.signed(OptionalDouble.of(points)) + " percentage points");
        }
        boolean onRate = latest.rate().isPresent() && before.rate().isPresent();
        double now = onRate ? latest.rate().getAsDouble() : latest.value().getAsDouble();
        double then = onRate ? before.rate().getAsDouble() : before.value().getAsDouble();
        OptionalDouble difference = OptionalDouble.of(now - then);
        OptionalDouble percent = then == 0 ? OptionalDouble.empty() : OptionalDouble.of((now - then) / then * 100);
        String text = FigureText.signed(difference) + (onRate ? " " + FigureText.per(latest.ratePer()) + " residents" : "")
                + (percent.isPresent() ? " (" + FigureText.signed(percent) + "%)" : "");
        return new EarlierYearChange(difference, percent, text);
    }

    private static EarlierYearChange none(String why) {
        return new EarlierYearChange(OptionalDouble.empty(), OptionalDouble.empty(), why);
    }

    boolean isAvailable() {
        return difference.isPresent();
    }
}
