package uk.org.ncpm.stats;

/**
 * How a funnel plot's limits allow for variation beyond Poisson chance (Spiegelhalter 2005), chosen by
 * {@link OverdispersionAdjustment#model()}.
 */
public enum DispersionModel {

    /** Poisson limits: the over-dispersion test is not significant at 5%. */
    NONE,
    /** Limits' distance from the expected count widened by √φ; over-dispersion significant and φ ≤ {@value OverdispersionAdjustment#LARGE_PHI}. */
    MULTIPLICATIVE,
    /** Additive random effects on the log rate, θ·exp(±z·√(1/E + τ²)); over-dispersion significant and φ &gt; {@value OverdispersionAdjustment#LARGE_PHI}. */
    ADDITIVE_RANDOM_EFFECTS
}
