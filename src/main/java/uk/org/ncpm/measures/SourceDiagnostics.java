package uk.org.ncpm.measures;

import uk.org.ncpm.catalogue.FigureSource;

import java.util.Optional;

/**
 * A force's diagnostics for one metric source and rolling year.
 *
 * @param figure       the force's figure of the year, if the source has one
 * @param comparison   against its comparator group and England and Wales
 * @param funnel       its place on the funnel plot
 * @param controlChart the SPC chart of its monthly series, for monthly sources (data.police.uk)
 * @param summary      one line in plain words: no ranks, no league tables, no red/amber/green
 */
public record SourceDiagnostics(FigureSource source, Optional<Figure> figure, GroupComparison comparison,
                                FunnelReading funnel, Optional<ForceControlChart> controlChart, String summary) {
}
