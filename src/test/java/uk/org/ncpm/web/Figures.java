package uk.org.ncpm.web;

import uk.org.ncpm.measures.StoredFigure;

import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalDouble;

/** Hand-made stored figures for the web tests: a count with its interval, rate, change and verdict, or one not available. */
final class Figures {

    private Figures() {
    }

    static StoredFigure count(String metric, String area, String period, String source, String label, double value,
                              double lower, double upper, double rate, double ratePer, double baseline, String verdict,
                              String reason) {
        double change = value - baseline;
        return new StoredFigure(metric, area, YearMonth.parse(period), source, label, "count", OptionalDouble.of(value),
                OptionalDouble.of(lower), OptionalDouble.of(upper), OptionalDouble.of(rate), OptionalDouble.of(ratePer), "",
                OptionalDouble.of(baseline), OptionalDouble.of(change), OptionalDouble.of(change / baseline * 100),
                verdict.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(0.5),
                verdict.isEmpty() ? Optional.empty() : Optional.of(verdict), "", OptionalDouble.empty(), "available",
                reason, "7:abc;8:def", "1.3");
    }

    static StoredFigure notAvailable(String metric, String area, String period, String source, String label, String reason) {
        OptionalDouble none = OptionalDouble.empty();
        return new StoredFigure(metric, area, YearMonth.parse(period), source, label, "count", none, none, none, none,
                OptionalDouble.of(1000), "", none, none, none, none, Optional.empty(), "", none, "not available", reason, "",
                "1.3");
    }

    static StoredFigure percentage(String metric, String area, String period, double value, double lower, double upper,
                                   double baseline, String verdict) {
        return new StoredFigure(metric, area, YearMonth.parse(period), "ncpm-tidy-metric",
                "Crime Survey for England and Wales (published estimates)", "percentage", OptionalDouble.of(value),
                OptionalDouble.of(lower), OptionalDouble.of(upper), OptionalDouble.empty(), OptionalDouble.empty(), "",
                OptionalDouble.of(baseline), OptionalDouble.of(value - baseline),
                OptionalDouble.of((value - baseline) / baseline * 100), OptionalDouble.empty(), Optional.of(verdict), "",
                OptionalDouble.empty(), "available", "", "9:aaa", "1.3");
    }
}
