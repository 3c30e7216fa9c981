package uk.org.ncpm.web.charts;

import uk.org.ncpm.text.NumberText;
import java.util.Objects;

/**
 * One force on a {@link FunnelChart}.
 *
 * @param label       the force's name, given to the point as a tooltip and, for the highlighted force,
 *                    in the key and description; never written beside the point
 * @param population  residents, the x axis
 * @param rate        the force's rate, the y axis
 * @param highlighted whether this is the force the page is about
 * @param setApart    why the force's rate does not set the axes, e.g. "per-resident rates are not comparable"
 *                    (City of London); empty for every other force. A force set apart whose rate is above the
 *                    axis is drawn at the top edge as an arrow, with a note saying so.
 */
public record FunnelPoint(String label, double population, double rate, boolean highlighted, String setApart) {

    /** A force that sets the axes like any other. */
    public FunnelPoint(String label, double population, double rate, boolean highlighted) {
        this(label, population, rate, highlighted, "");
    }

    public FunnelPoint {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(setApart, "setApart");
        if (!(population > 0) || !Double.isFinite(population)) {
            throw new IllegalArgumentException("population of " + label + " must be a positive number, found " + population);
        }
        if (!(rate >= 0) || !Double.isFinite(rate)) {
            throw new IllegalArgumentException("rate of " + label + " must be a number of at least 0, found " + rate);
        }
    }

    boolean setsAxes() {
        return setApart.isEmpty();
    }

    /** "City of London Police: rate off the scale, 125; per-resident rates are not comparable". */
    String offScaleWords() {
        return label + ": rate off the scale, " + NumberText.figure(rate) + "; " + setApart;
    }

    /** "Gwent Police: rate 12.3, population 590,000". */
    String words() {
        return label + ": rate " + NumberText.figure(rate) + ", population " + NumberText.figure(population);
    }
}
