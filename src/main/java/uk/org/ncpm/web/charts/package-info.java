/**
 * Charts of NCPM Monitor as server-rendered SVG: one chart path for the site, the static site and the
 * PDFs, working without JavaScript, always shown with a data table beside it (docs/architecture.md).
 *
 * <ul>
 *   <li>{@link uk.org.ncpm.web.charts.TrendChart}: a figure by rolling year, with its 95% interval as a
 *       band, the baseline year marked, and gaps where a year is not available;</li>
 *   <li>{@link uk.org.ncpm.web.charts.FunnelChart}: forces' rates against population, with the England
 *       and Wales rate and 95% and 99.8% limits; one force highlighted by shape and colour;</li>
 *   <li>{@link uk.org.ncpm.web.charts.SpcChart}: a monthly series with centre line and process limits,
 *       special-cause signals marked by shape.</li>
 * </ul>
 *
 * <p>Inputs are plain records; the output is an {@link uk.org.ncpm.web.charts.Svg}, markup only this
 * package makes, with every piece of text XML-escaped, so templates may render it unescaped. Each chart
 * is an {@code <svg role="img">} labelled by its {@code <title>} and {@code <desc>}; the description
 * says in words what the chart shows, the latest value and the verdict. Drawing uses SVG presentation
 * attributes only (no {@code style} attribute or element: the site's Content-Security-Policy is
 * {@code style-src 'self'}), colours of the GOV.UK palette, text at 14 units in a view box about as
 * wide as the page column, so it scales with the page. Not-available values are gaps, never zero.
 * No dependency beyond the JDK.
 */
package uk.org.ncpm.web.charts;
