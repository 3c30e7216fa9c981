package uk.org.ncpm.measures;

import uk.org.ncpm.catalogue.ImprovementDirection;
import uk.org.ncpm.stats.Verdict;

import java.util.OptionalDouble;

/**
 * The test of a change against the baseline and its verdict in the documented words
 * (docs/method.md, "Verdicts"): "statistically significant decrease", "no significant change",
 * "statistically significant increase", or "not tested" with the reason; a significant change of a
 * metric with a direction of improvement is followed by "(improvement)" or "(deterioration)".
 *
 * @param words      the verdict as shown, with the improvement or deterioration where it applies
 * @param phi        the over-dispersion scale φ the test allowed for (counts), when it was estimated
 * @param comparedOn what was compared, e.g. "the whole year" or "July to September 2019 against July to September 2018"
 * @param note       why it was not tested, or how φ was estimated
 */
public record ChangeTest(Verdict verdict, String words, OptionalDouble pValue, TestMethod method, OptionalDouble phi,
                         String comparedOn, String note) {

    public static final String WHOLE_YEAR = "the whole year";

    /** Not tested, with the reason. */
    public static ChangeTest notTested(String reason) {
        return new ChangeTest(Verdict.NOT_TESTED, Verdict.NOT_TESTED.words(), OptionalDouble.empty(), TestMethod.NONE,
                OptionalDouble.empty(), "", reason);
    }

    /** No test because the year is the baseline itself. */
    static ChangeTest baselineYear() {
        return notTested("this is the baseline year");
    }

    /** The words of a verdict for a metric with the catalogue's direction of improvement. */
    public static String words(Verdict verdict, ImprovementDirection direction) {
        if (!verdict.isSignificant() || !direction.hasPreference()) {
            return verdict.words();
        }
        boolean fell = verdict == Verdict.SIGNIFICANT_DECREASE;
        boolean better = (direction == ImprovementDirection.DOWN) == fell;
        return verdict.words() + (better ? " (improvement)" : " (deterioration)");
    }

    public boolean tested() {
        return verdict != Verdict.NOT_TESTED;
    }
}
