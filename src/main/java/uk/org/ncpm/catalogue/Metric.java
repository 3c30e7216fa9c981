package uk.org.ncpm.catalogue;

import java.util.List;
import java.util.OptionalInt;

/**
 * A metric of the catalogue: what is counted or estimated for a measure, from which source.
 *
 * @param unit       what the value is: a count, a survey estimate or a percentage
 * @param ratePer    population denominator for rates (1,000; 1,000,000 for homicide), empty if no rate
 * @param direction  direction of improvement: down, up or none (activity measures)
 * @param localProxy true for force-level proxies used diagnostically
 */
public record Metric(String id, String measureId, String name, String source, List<String> geographies,
                     MetricUnit unit, OptionalInt ratePer, ImprovementDirection direction, boolean localProxy) {

    public Metric {
        geographies = List.copyOf(geographies);
    }
}
