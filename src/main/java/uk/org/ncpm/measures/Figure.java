package uk.org.ncpm.measures;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One metric's figure for one area, rolling year and source, judged against the baseline
 * (year ending June 2019). Not-available figures carry their reason and no numbers.
 *
 * @param source          the stored format it comes from (figures of different sources are never mixed)
 * @param value           count, estimate or percentage for the rolling year
 * @param lower           lower end of its 95% interval: exact Poisson (Garwood) for counts, published for surveys
 * @param rate            per {@code ratePer} residents, when the metric has a rate and a population is loaded
 * @param population      the residents the rate uses, and which estimate (e.g. "mid-2018 estimate")
 * @param baseline        the same source's value for the year ending June 2019
 * @param change          value − baseline
 * @param changePct       (value − baseline) / baseline × 100; empty when the baseline is 0
 * @param pValue          two-sided p-value of the test of change against the baseline
 * @param verdict         plain words (MEASURES.md): "statistically significant decrease", …
 * @param excludedForces  for England and Wales summed from forces: forces left out of both periods (like-for-like)
 * @param published       for England and Wales: the source's own national figure, when it gives one
 * @param reason          why the figure is not available, or notes on its quality; empty when there are none
 * @param files           the vintages it was computed from (current and baseline)
 */
public record Figure(String metricId, String areaCode, RollingPeriod period, String source, String sourceLabel,
                     String unit, OptionalDouble value, OptionalDouble lower, OptionalDouble upper,
                     OptionalDouble rate, OptionalDouble rateLower, OptionalDouble rateUpper, OptionalDouble ratePer,
                     OptionalDouble population, String populationNote,
                     OptionalDouble baseline, OptionalDouble change, OptionalDouble changePct, OptionalDouble pValue,
                     Optional<String> verdict, List<String> excludedForces, OptionalDouble published,
                     String status, String reason, Set<Long> files) {

    public static final String AVAILABLE = "available";
    public static final String NOT_AVAILABLE = "not available";

    public Figure {
        excludedForces = List.copyOf(excludedForces);
        files = Set.copyOf(files);
    }

    public boolean isAvailable() {
        return value.isPresent();
    }
}
