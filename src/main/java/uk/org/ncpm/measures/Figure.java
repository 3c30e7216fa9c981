package uk.org.ncpm.measures;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One metric's figure for one area, rolling year and source, judged against the baseline (year
 * ending June 2019), built of small parts: the value with its interval, the per-resident rate, the
 * change on one quantity, its test, what stands behind a national sum, the source's footnotes and
 * the provenance. A figure that is not available has no estimate, only its reason. The same record is
 * computed, stored ({@link FigureTable}) and read back ({@link FigureQuery}) with every column.
 *
 * @param source      the stored format it comes from (figures of different sources are never mixed)
 * @param estimate    the value and its 95% interval; empty when not available
 * @param perResident the rate per residents, when the metric has one and the population rule allows it
 * @param comparison  the change against the baseline, when both years are available
 * @param test        the test of that change and its verdict
 * @param footnotes   the source's footnotes that concern this area and year (imputed months, …)
 * @param reason      why the figure is not available, or notes on its quality; empty when there are none
 */
public record Figure(String metric, String areaCode, RollingPeriod period, String source, String sourceLabel,
                     String unit, Optional<Estimate> estimate, Optional<Rate> perResident, Optional<Change> comparison,
                     ChangeTest test, NationalSum national, List<String> footnotes, String reason,
                     Provenance provenance) {

    public static final String AVAILABLE = "available";
    public static final String NOT_AVAILABLE = "not available";

    public Figure {
        footnotes = List.copyOf(footnotes);
    }

    public boolean isAvailable() {
        return estimate.isPresent();
    }

    public String status() {
        return isAvailable() ? AVAILABLE : NOT_AVAILABLE;
    }

    public YearMonth periodEnd() {
        return period.lastMonth();
    }

    public OptionalDouble value() {
        return estimate.map(e -> OptionalDouble.of(e.value())).orElse(OptionalDouble.empty());
    }

    public OptionalDouble lower() {
        return estimate.map(Estimate::lower).orElse(OptionalDouble.empty());
    }

    public OptionalDouble upper() {
        return estimate.map(Estimate::upper).orElse(OptionalDouble.empty());
    }

    public OptionalDouble rate() {
        return perResident.map(r -> OptionalDouble.of(r.value())).orElse(OptionalDouble.empty());
    }

    public OptionalDouble rateLower() {
        return perResident.map(Rate::lower).orElse(OptionalDouble.empty());
    }

    public OptionalDouble rateUpper() {
        return perResident.map(Rate::upper).orElse(OptionalDouble.empty());
    }

    /** Residents the rate is per (1,000; 100,000; 1,000,000), when there is a rate. */
    public OptionalDouble ratePer() {
        return perResident.map(r -> OptionalDouble.of(r.per())).orElse(OptionalDouble.empty());
    }

    public OptionalDouble population() {
        return perResident.map(r -> OptionalDouble.of(r.population())).orElse(OptionalDouble.empty());
    }

    /** "mid-2018 estimate", or empty when there is no rate. */
    public String populationNote() {
        return perResident.map(Rate::populationNote).orElse("");
    }

    /** The baseline in the value's own unit (a count, even when the change is on the rate). */
    public OptionalDouble baseline() {
        return comparison.map(c -> OptionalDouble.of(c.baselineValue())).orElse(OptionalDouble.empty());
    }

    /** The change on its basis ({@link Change#basis()}): a rate change when the rates of both years are known. */
    public OptionalDouble change() {
        return comparison.map(c -> OptionalDouble.of(c.difference())).orElse(OptionalDouble.empty());
    }

    public OptionalDouble changePct() {
        return comparison.map(Change::percent).orElse(OptionalDouble.empty());
    }

    public OptionalDouble pValue() {
        return test.pValue();
    }

    /** The verdict in words, when the year is available and is not the baseline itself. */
    public Optional<String> verdict() {
        return isAvailable() && !period.isBaseline() ? Optional.of(test.words()) : Optional.empty();
    }

    public List<String> excludedForces() {
        return national.excludedForces();
    }

    public OptionalDouble published() {
        return national.published();
    }

    public Set<Long> files() {
        return provenance.fileIds();
    }

    public String sourceFiles() {
        return provenance.sourceFiles();
    }

    public String catalogueVersion() {
        return provenance.catalogueVersion();
    }
}
