package uk.org.ncpm.stats;

/**
 * One unit of a funnel plot (a force): its observed count and its exposure (e.g. population).
 *
 * @param observed events observed, zero or more
 * @param exposure exposure in the rate's denominator; positive
 */
public record FunnelUnit(long observed, double exposure) {

    public FunnelUnit {
        Arguments.nonNegative("observed", observed);
        Arguments.positive("exposure", exposure);
    }
}
