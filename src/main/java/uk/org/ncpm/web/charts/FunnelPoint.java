package uk.org.ncpm.web.charts;

import java.util.Objects;

/**
 * One force on a {@link FunnelChart}.
 *
 * @param label       the force's name, given to the point as a tooltip and, for the highlighted force,
 *                    in the key and description; never written beside the point
 * @param population  residents, the x axis
 * @param rate        the force's rate, the y axis
 * @param highlighted whether this is the force the page is about
 */
public record FunnelPoint(String label, double population, double rate, boolean highlighted) {

    public FunnelPoint {
        Objects.requireNonNull(label, "label");
        if (!(population > 0) || !Double.isFinite(population)) {
            throw new IllegalArgumentException("population of " + label + " must be a positive number, found " + population);
        }
        if (!(rate >= 0) || !Double.isFinite(rate)) {
            throw new IllegalArgumentException("rate of " + label + " must be a number of at least 0, found " + rate);
        }
    }

    /** "Gwent Police: rate 12.3, population 590,000". */
    String words() {
        return label + ": rate " + ChartNumber.format(rate) + ", population " + ChartNumber.format(population);
    }
}
