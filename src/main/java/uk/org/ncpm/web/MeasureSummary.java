package uk.org.ncpm.web;

import java.util.List;

/** A measure and the latest national figure of each of its metric sources. */
public record MeasureSummary(String id, String name, List<FigureLine> lines) {

    public MeasureSummary {
        lines = List.copyOf(lines);
    }
}
