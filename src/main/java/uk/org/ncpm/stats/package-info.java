/**
 * Statistics of NCPM Monitor: pure functions over counts, rates and survey estimates, with no
 * dependency on the rest of the product.
 *
 * <ul>
 *   <li>{@link uk.org.ncpm.stats.PoissonInterval}: exact (Garwood) intervals for counts and rates;</li>
 *   <li>{@link uk.org.ncpm.stats.PoissonRatioTest}: change against the baseline, exact conditional test
 *       and rate-ratio interval;</li>
 *   <li>{@link uk.org.ncpm.stats.DispersionEstimate} and {@link uk.org.ncpm.stats.QuasiPoissonRatioTest}:
 *       over-dispersion φ of a series from its own history (quasi-Poisson trend-and-season fit), and the
 *       change against the baseline allowing for it;</li>
 *   <li>{@link uk.org.ncpm.stats.SurveyComparison}: change between two survey estimates with published
 *       95% intervals;</li>
 *   <li>{@link uk.org.ncpm.stats.FunnelLimits} and {@link uk.org.ncpm.stats.OverdispersionAdjustment}:
 *       Spiegelhalter funnel plots;</li>
 *   <li>{@link uk.org.ncpm.stats.XmrChart} and {@link uk.org.ncpm.stats.SpcSignals}: statistical process
 *       control with the NHS "Making Data Count" rules.</li>
 * </ul>
 *
 * <p>Every statistic is an immutable value made by an {@code of(...)} factory; its javadoc gives the
 * formula, the definition chosen where several exist, the edge cases and a citation. The plain words
 * shown to users ({@link uk.org.ncpm.stats.Verdict}, {@link uk.org.ncpm.stats.FunnelPosition}) are
 * those of docs/method.md. Special functions come from Apache Commons Statistics, never from here.
 */
package uk.org.ncpm.stats;
