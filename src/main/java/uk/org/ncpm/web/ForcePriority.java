package uk.org.ncpm.web;

import java.util.List;

/**
 * One of the six national priorities (a measure of the catalogue) on a force page: the force's own
 * figures under it, with their diagnostics, then the metrics published only nationally, as context.
 *
 * @param anchor  "priority-homicide": the contents list links here
 * @param heading the measure's name, unique on the page
 */
public record ForcePriority(String anchor, String heading, List<ForceSeries> series, List<NationalContext> national) {

    public ForcePriority {
        series = List.copyOf(series);
        national = List.copyOf(national);
    }
}
