package uk.org.ncpm.catalogue;

import java.util.Optional;

/**
 * A stored series that is not itself a catalogue metric but feeds one or gives context: a
 * component (domestic burglary feeds neighbourhood crime), all robbery, total recorded crime, or
 * the population denominators. Observations name either a metric or a series.
 *
 * @param metricId the metric it feeds or is, if any
 */
public record Series(String id, String name, Optional<String> metricId, String unit, String note) {
}
