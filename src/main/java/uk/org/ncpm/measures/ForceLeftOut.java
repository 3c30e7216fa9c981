package uk.org.ncpm.measures;

/**
 * A force left out of a group average or a funnel plot, and why: it is named, never silently dropped.
 *
 * @param forceCode the force
 * @param reason    e.g. "months not complete: 2019-11 missing" or "no population loaded: no rate"
 */
public record ForceLeftOut(String forceCode, String reason) {
}
