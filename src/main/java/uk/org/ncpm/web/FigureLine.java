package uk.org.ncpm.web;

/** One figure as a page shows it: every number already in words and digits, '..' where not available. */
public record FigureLine(String metricName, String source, String period, String value, String baseline, String change,
                         String verdict) {
}
