package uk.org.ncpm.web;

import java.util.Optional;

/**
 * A metric of a priority with no figures for the force, shown as national context: its latest
 * national figure and a sentence saying where it is published (England and Wales, England, the UK)
 * and that there are no force figures, or why the force has none.
 */
public record NationalContext(String anchor, String metricName, String sourceLabel, String scope, Optional<NationalFigure> figure) {
}
