package uk.org.ncpm.measures;

import uk.org.ncpm.catalogue.ImprovementDirection;
import uk.org.ncpm.catalogue.MetricUnit;
import uk.org.ncpm.stats.SurveyComparison;
import uk.org.ncpm.stats.SurveyEstimate;

import java.util.OptionalDouble;

/**
 * The test of a survey estimate's change against the baseline (docs/method.md, "Survey estimates"):
 * survey estimates keep their published interval and are compared through it; without intervals
 * there is no test.
 */
final class Judgement {

    /** The unit of a source's rows that are counts, the catalogue's {@link MetricUnit#COUNT}. */
    static final String COUNT = MetricUnit.COUNT.word();

    private Judgement() {
    }

    static ChangeTest survey(PeriodValue current, PeriodValue baseline, ImprovementDirection direction) {
        if (current.lower().isEmpty() || current.upper().isEmpty()) {
            return ChangeTest.notTested("no published interval: no test of change");
        }
        if (baseline.lower().isEmpty() || baseline.upper().isEmpty()) {
            return ChangeTest.notTested("the baseline has no published interval: no test of change");
        }
        if (!current.unit().equals(COUNT)) {
            SurveyComparison comparison = SurveyComparison.of(estimate(baseline), estimate(current));
            return new ChangeTest(comparison.verdict(), ChangeTest.words(comparison.verdict(), direction),
                    OptionalDouble.of(comparison.pValue()), TestMethod.SURVEY_INTERVALS, OptionalDouble.empty(),
                    ChangeTest.WHOLE_YEAR, "");
        }
        return ChangeTest.notTested("a count without a history to test it against");
    }

    private static SurveyEstimate estimate(PeriodValue v) {
        return SurveyEstimate.of(v.value().getAsDouble(), v.lower().getAsDouble(), v.upper().getAsDouble());
    }
}
