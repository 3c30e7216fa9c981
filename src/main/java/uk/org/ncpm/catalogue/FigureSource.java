package uk.org.ncpm.catalogue;

import java.util.List;

/**
 * How one source gives a metric's figures: which stored series are added up, and how the
 * source's periods make a rolling year. A metric can have several sources; their figures are
 * kept apart, never mixed (docs/method.md, "Periods").
 *
 * @param source the stored format: {@code home-office-prc}, {@code ons-pfa-tables},
 *               {@code police-uk-street}, {@code prc-offence-group-rollup}, {@code ncpm-tidy-metric}
 * @param series the series summed; for police.uk street records, empty: the crime types mapped to
 *               the metric in {@code police-uk-crime-types.csv}
 * @param basis  how a rolling year is made from the source's periods
 * @param label  how the source is named beside every figure
 */
public record FigureSource(String metricId, String source, List<String> series, Basis basis, String label) {

    public FigureSource {
        series = List.copyOf(series);
    }

    /** How a source's periods make a rolling year. */
    public enum Basis {
        /** Twelve monthly counts summed; every month needed. */
        MONTHLY,
        /** Four quarterly counts summed; every quarter needed. */
        QUARTERLY,
        /** The source publishes the rolling year itself. */
        ROLLING,
        /** A published figure (estimate, percentage or count) for the period, with its interval if any. */
        PUBLISHED
    }
}
