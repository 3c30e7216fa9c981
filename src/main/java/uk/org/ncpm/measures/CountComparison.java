package uk.org.ncpm.measures;

import uk.org.ncpm.catalogue.ImprovementDirection;
import uk.org.ncpm.catalogue.FigureSource;
import uk.org.ncpm.stats.DispersionEstimate;
import uk.org.ncpm.stats.QuasiPoissonRatioTest;
import uk.org.ncpm.stats.Verdict;

import java.time.YearMonth;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The change of a count against the baseline and its test (docs/method.md, "Change against the
 * baseline", "Over-dispersion", "Overlapping years"):
 * <ul>
 * <li>one quantity: the rate when both years have one, otherwise the count; the verdict is on it;</li>
 * <li>a year that shares months with the baseline is tested on the months that differ only (the same
 *     months a year apart), or not tested when the source gives only whole years;</li>
 * <li>the test allows for the series' own over-dispersion φ, estimated from the counts up to the end of
 *     the baseline year: before every month compared, and before any change since the baseline could
 *     inflate it (a level shift such as the 2020 lockdowns is the change being tested, not noise); no φ,
 *     no verdict.</li>
 * </ul>
 */
final class CountComparison {

    private final SourceValues values;

    CountComparison(SourceValues values) {
        this.values = values;
    }

    /** What is compared: one area, or the forces of an England and Wales sum. */
    record Subject(FigureSource source, List<String> areas, String unit, ImprovementDirection direction) {
    }

    /**
     * @param current   the year's count (for a national rate, of the forces in the rate)
     * @param baseline  the baseline's count, likewise
     * @param rate      the year's rate, if any; the baseline's below
     */
    Result compare(Subject subject, RollingPeriod period, double current, double baseline, RateOutcome rate,
                   RateOutcome baselineRate, double valueChange, double baselineValue) {
        boolean onRate = rate.rate().isPresent() && baselineRate.rate().isPresent();
        ChangeBasis basis = onRate ? ChangeBasis.RATE : ChangeBasis.COUNT;
        double now = onRate ? rate.rate().get().value() : current;
        double then = onRate ? baselineRate.rate().get().value() : baseline;
        double e1 = onRate ? rate.rate().get().population() : 1;
        double e0 = onRate ? baselineRate.rate().get().population() : 1;
        OptionalDouble percent = then == 0 ? OptionalDouble.empty() : OptionalDouble.of((now - then) / then * 100);
        if (!whole(current) || !whole(baseline)) {
            return new Result(change(basis, then, now, percent, baselineValue, valueChange),
                    ChangeTest.notTested("not a whole count of events: no test"));
        }
        int shared = period.monthsSharedWithBaseline();
        YearMonth firstCompared = period.firstMonth().plusMonths(shared);
        String comparedOn = ChangeTest.WHOLE_YEAR;
        long c1 = (long) current;
        long c0 = (long) baseline;
        if (shared > 0) {
            if (subject.source().basis() == FigureSource.Basis.ROLLING || subject.source().basis() == FigureSource.Basis.PUBLISHED) {
                return new Result(change(basis, then, now, percent, baselineValue, valueChange), ChangeTest.notTested(
                        "the " + period.label() + " shares " + shared + " months with the baseline and the source gives only "
                                + "whole years, so the months that differ cannot be compared"));
            }
            PeriodValue later = sum(subject, firstCompared, period.lastMonth());
            PeriodValue earlier = sum(subject, firstCompared.minusMonths(12), period.lastMonth().minusMonths(12));
            if (!later.isAvailable() || !earlier.isAvailable()) {
                return new Result(change(basis, then, now, percent, baselineValue, valueChange),
                        ChangeTest.notTested("the months that differ from the baseline are not all available"));
            }
            c1 = Math.round(later.value().getAsDouble());
            c0 = Math.round(earlier.value().getAsDouble());
            comparedOn = RollingPeriod.monthName(firstCompared) + " to " + RollingPeriod.monthName(period.lastMonth())
                    + " against " + RollingPeriod.monthName(firstCompared.minusMonths(12)) + " to "
                    + RollingPeriod.monthName(period.lastMonth().minusMonths(12)) + " (the months that differ from the baseline)";
        }
        YearMonth historyEnd = RollingPeriod.BASELINE.lastMonth().plusMonths(1);
        CountHistory history = values.history(subject.source(), subject.areas(), historyEnd, subject.unit());
        DispersionEstimate dispersion = DispersionEstimate.of(history.counts(), history.granularity().frequency());
        if (!dispersion.estimable()) {
            return new Result(change(basis, then, now, percent, baselineValue, valueChange), ChangeTest.notTested(
                    "over-dispersion cannot be estimated from the history to the end of the baseline year: "
                            + dispersion.reason().orElse("")));
        }
        QuasiPoissonRatioTest test = QuasiPoissonRatioTest.of(c1, e1, c0, e0, dispersion.scale());
        String note = String.format(java.util.Locale.UK, "φ = %.1f (the series' own variation, from %s to June 2019%s)",
                dispersion.scale(), history.describe(), dispersion.phi() < 1
                        ? String.format(java.util.Locale.UK, "; estimated %.2f, never taken below 1", dispersion.phi()) : "");
        if (!test.testable()) {
            return new Result(change(basis, then, now, percent, baselineValue, valueChange),
                    ChangeTest.notTested("no events in either period"));
        }
        Verdict verdict = test.verdict();
        if (verdict.isSignificant() && Math.signum(now - then) != (verdict == Verdict.SIGNIFICANT_INCREASE ? 1 : -1)) {
            // Months that differ and the whole year can point different ways when populations change.
            return new Result(change(basis, then, now, percent, baselineValue, valueChange), ChangeTest.notTested(
                    "the months compared and the whole year change in different directions"));
        }
        boolean wholeYear = shared == 0;
        Change change = new Change(basis, then, now - then, percent,
                wholeYear ? OptionalDouble.of(100 * (test.ratioLower() - 1)) : OptionalDouble.empty(),
                wholeYear ? OptionalDouble.of(100 * (test.ratioUpper() - 1)) : OptionalDouble.empty(),
                baselineValue, valueChange);
        return new Result(change, new ChangeTest(verdict, ChangeTest.words(verdict, subject.direction()),
                OptionalDouble.of(test.pValue()), TestMethod.OVERDISPERSED_POISSON, OptionalDouble.of(dispersion.scale()),
                comparedOn, note));
    }

    record Result(Change change, ChangeTest test) {
    }

    private PeriodValue sum(Subject subject, YearMonth first, YearMonth last) {
        double total = 0;
        for (String area : subject.areas()) {
            PeriodValue v = values.span(subject.source(), area, first, last, subject.unit());
            if (!v.isAvailable()) {
                return v;
            }
            total += v.value().getAsDouble();
        }
        return PeriodValue.of(total, subject.unit(), java.util.Set.of());
    }

    private static Change change(ChangeBasis basis, double then, double now, OptionalDouble percent, double baselineValue,
                                 double valueChange) {
        return new Change(basis, then, now - then, percent, OptionalDouble.empty(), OptionalDouble.empty(), baselineValue,
                valueChange);
    }

    private static boolean whole(double count) {
        return count >= 0 && count == Math.rint(count);
    }
}
