package uk.org.ncpm.measures;

/**
 * The one quantity a change against the baseline is measured and tested on (docs/method.md,
 * "Change against the baseline"): the rate when both years have populations, otherwise the count;
 * survey estimates and percentages are compared as published (percentages in percentage points).
 */
public enum ChangeBasis {
    RATE("rate"), COUNT("count"), ESTIMATE("estimate");

    private final String id;

    ChangeBasis(String id) {
        this.id = id;
    }

    /** The word written in the store and the {@code change_basis} column. */
    public String id() {
        return id;
    }

    public static ChangeBasis of(String id) {
        for (ChangeBasis basis : values()) {
            if (basis.id.equals(id)) {
                return basis;
            }
        }
        throw new IllegalArgumentException("no change basis '" + id + "'");
    }
}
