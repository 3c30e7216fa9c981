package uk.org.ncpm.stats;

/**
 * One point of a monthly series for statistical process control.
 *
 * @param position the month's place in the series (e.g. months since July 2018, 0-based); a missing
 *                 month is simply absent, so positions may skip, never repeat
 * @param value    the month's value (count or rate)
 */
public record SpcPoint(int position, double value) {

    public SpcPoint {
        Arguments.finite("value", value);
    }
}
