package uk.org.ncpm.web;

import uk.org.ncpm.web.charts.Svg;

import java.util.List;

/**
 * One figure as a page shows it: every number already in words and digits, '..' where not available;
 * its series as a small chart, the data-quality notes that go with it, and where its table is.
 */
public record FigureLine(String metricName, String source, String period, String value, String baseline, String change,
                         String verdict, Svg chart, List<String> quality, String tableHref) {

    public FigureLine {
        quality = List.copyOf(quality);
    }
}
