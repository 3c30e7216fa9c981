package uk.org.ncpm.measures;

/**
 * City of London Police's area (docs/method.md, "Rates"): about 8,000 residents and hundreds of
 * thousands of daytime workers and visitors, so rates per resident are not comparable with other forces'.
 * Its rate is kept out of comparator-group averages and out of a funnel plot's over-dispersion estimate,
 * and does not set a funnel plot's axes; where the source gives it no rate it is named, with this reason.
 */
public final class CityOfLondon {

    /** The ONS code of the City of London police force area. */
    public static final String CODE = "E23000034";

    /** Why its per-resident rate is set apart, in the words shown beside comparisons and funnel plots. */
    public static final String NOT_COMPARABLE = "about 8,000 residents and hundreds of thousands of daytime workers and "
            + "visitors: per-resident rates are not comparable";

    private CityOfLondon() {
    }

    /** Whether a force code is City of London's. */
    public static boolean is(String forceCode) {
        return CODE.equals(forceCode);
    }
}
