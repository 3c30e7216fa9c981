package uk.org.ncpm.stats;

/**
 * Where a unit (a force) falls on a funnel plot, in the plain words of docs/method.md, "Funnel plots". Never a rank:
 * forces inside the funnel are indistinguishable from the national rate given chance alone.
 * See {@link FunnelLimits#position(long)} for the rule.
 */
public enum FunnelPosition {

    WELL_BELOW("well below expected range (99.8%)"),
    BELOW("below expected range (95%)"),
    WITHIN("within expected range"),
    ABOVE("above expected range (95%)"),
    WELL_ABOVE("well above expected range (99.8%)");

    private final String words;

    FunnelPosition(String words) {
        this.words = words;
    }

    /** The words shown to users, e.g. "above expected range (95%)". */
    public String words() {
        return words;
    }
}
