package uk.org.ncpm.web.charts;

/** The y-axis range of a chart: from 0 unless told otherwise, to the highest value, at nice ticks. */
final class YAxis {

    /** About this many ticks: enough to read values off, few enough to label at 14px. */
    static final int TICKS = 5;

    private YAxis() {
    }

    /**
     * Ticks for values from {@code low} to {@code high} (infinite when there are none: the axis is
     * then 0 to 1), including 0 when {@code fromZero}.
     */
    static Ticks ticks(double low, double high, boolean fromZero) {
        if (low > high) {
            return Ticks.of(0, 1, TICKS);
        }
        return fromZero ? Ticks.of(Math.min(0, low), Math.max(0, high), TICKS) : Ticks.of(low, high, TICKS);
    }
}
