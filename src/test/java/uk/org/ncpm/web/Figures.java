package uk.org.ncpm.web;

import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.measures.FigureExample;

/** Hand-made stored figures for the web tests: a count with its interval, rate, change and verdict, or one not available. */
final class Figures {

    private Figures() {
    }

    static Figure count(String metric, String area, String period, String source, String label, double value,
                        double lower, double upper, double rate, double ratePer, double baseline, String verdict,
                        String reason) {
        return FigureExample.of(metric, area, period).source(source, label).value(value, lower, upper)
                .rate(rate, (int) ratePer, value * ratePer / rate, 2020).baseline(baseline).verdict(verdict).reason(reason)
                .files("7:abc;8:def").build();
    }

    static Figure notAvailable(String metric, String area, String period, String source, String label, String reason) {
        return FigureExample.of(metric, area, period).source(source, label).notAvailable(reason);
    }

    static Figure percentage(String metric, String area, String period, double value, double lower, double upper,
                             double baseline, String verdict) {
        return FigureExample.of(metric, area, period).source("ncpm-tidy-metric",
                        "Crime Survey for England and Wales (published estimates)").unit("percentage")
                .value(value, lower, upper).baseline(baseline).verdict(verdict).files("9:aaa").build();
    }
}
