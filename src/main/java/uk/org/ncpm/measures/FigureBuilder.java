package uk.org.ncpm.measures;

import uk.org.ncpm.catalogue.ImprovementDirection;
import uk.org.ncpm.catalogue.Area;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.FigureSource;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.catalogue.Metric;
import uk.org.ncpm.stats.PoissonInterval;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Computes every figure of one figure source: for each area it covers and each rolling year from
 * the baseline to the latest the data support, the value with its interval and rate, and the change
 * against the baseline with its test (docs/method.md). England and Wales is the like-for-like sum of
 * the forces ({@link EnglandAndWales}).
 */
public final class FigureBuilder {

    private final Catalogue catalogue;
    private final SourceData data;
    private final SourceValues values;
    private final Rates rates;
    private final CountComparison counts;

    public FigureBuilder(Catalogue catalogue, SourceData data) {
        this.catalogue = catalogue;
        this.data = data;
        this.values = new SourceValues(data);
        this.rates = new Rates(catalogue, data);
        this.counts = new CountComparison(values);
    }

    /** All figures of every figure source of the catalogue. */
    public List<Figure> all() {
        List<Figure> figures = new ArrayList<>();
        for (FigureSource source : catalogue.figureSources()) {
            figures.addAll(build(source));
        }
        return figures;
    }

    public List<Figure> build(FigureSource source) {
        Optional<RollingPeriod> latest = latestPeriod(source);
        if (latest.isEmpty() || latest.get().compareTo(RollingPeriod.BASELINE) < 0) {
            return List.of();
        }
        List<RollingPeriod> periods = RollingPeriod.fromBaselineTo(latest.get());
        String unit = data.unitOf(source.source(), source.series()).orElse(Judgement.COUNT);
        List<Figure> figures = new ArrayList<>();
        boolean anyForce = false;
        for (String area : areas(source, unit)) {
            boolean isForce = catalogue.forces().byCode(area).isPresent();
            PeriodValue baseline = values.value(source, area, RollingPeriod.BASELINE, unit);
            for (RollingPeriod period : periods) {
                PeriodValue current = values.value(source, area, period, unit);
                anyForce |= isForce && current.isAvailable();
                figures.add(area(source, area, period, current, baseline));
            }
        }
        // Only counts add up: force percentages or estimates summed would be a false national figure.
        if (anyForce && unit.equals(Judgement.COUNT)) {
            EnglandAndWales national = new EnglandAndWales(this, catalogue, data, values);
            for (RollingPeriod period : periods) {
                figures.add(national.figure(source, period, unit));
            }
        }
        return figures;
    }

    /**
     * The areas a source has figures for: every force; for published figures, the areas published.
     * Where a source gives forces, England and Wales is their like-for-like sum, and the source's own
     * national figure is shown beside it as published. For other units (percentages, estimates) the
     * published national figure is kept as it is.
     */
    private List<String> areas(FigureSource source, String unit) {
        List<String> forces = catalogue.forces().territorial().stream().map(Force::code).toList();
        if (source.basis() != FigureSource.Basis.PUBLISHED) {
            return forces;
        }
        Set<String> published = new LinkedHashSet<>(data.publishedAreas(source.source(), source.series()));
        if (unit.equals(Judgement.COUNT) && published.stream().anyMatch(a -> catalogue.forces().byCode(a).isPresent())) {
            published.remove(Area.ENGLAND_AND_WALES);
        }
        return new ArrayList<>(published);
    }

    private Optional<RollingPeriod> latestPeriod(FigureSource source) {
        Optional<YearMonth> month = source.basis() == FigureSource.Basis.MONTHLY
                ? data.latestStreetMonth()
                : data.latestObservation(source.source(), source.series()).map(YearMonth::from);
        return month.map(RollingPeriod::latestEndingBy);
    }

    private ImprovementDirection direction(FigureSource source) {
        return catalogue.metric(source.metricId()).map(Metric::direction).orElse(ImprovementDirection.NONE);
    }

    /** One area's figure: a force, or an area the source publishes. */
    private Figure area(FigureSource source, String area, RollingPeriod period, PeriodValue current, PeriodValue baseline) {
        if (!current.isAvailable()) {
            return unavailable(source, area, period, current.unit(), current.reason().orElse("not available"),
                    NationalSum.NONE, current.footnotes());
        }
        double value = current.value().getAsDouble();
        RateOutcome rate = rates.of(source.metricId(), current.unit(), area, period, value);
        Set<Long> files = new HashSet<>(current.files());
        files.addAll(baseline.files());
        rate.rate().ifPresent(r -> Population.forPeriod(data.populations(area), period).ifPresent(p -> files.add(p.file())));
        Judged judged;
        if (current.unit().equals(Judgement.COUNT) && baseline.isAvailable() && !period.isBaseline()) {
            double base = baseline.value().getAsDouble();
            RateOutcome baseRate = rates.of(source.metricId(), current.unit(), area, RollingPeriod.BASELINE, base);
            CountComparison.Result result = counts.compare(
                    new CountComparison.Subject(source, List.of(area), current.unit(), direction(source)), period,
                    value, base, rate, baseRate, value - base, base);
            judged = new Judged(Optional.of(result.change()), result.test());
        } else {
            judged = judgeOther(source, period, current, baseline);
        }
        List<String> footnotes = new ArrayList<>(new LinkedHashSet<>(concat(current.footnotes(), period.isBaseline()
                ? List.of() : baseline.footnotes())));
        return figure(source, area, period, current, rate, judged, NationalSum.NONE, footnotes, notes(baseline, period,
                rate, judged, List.of()), files);
    }

    /** The year against the baseline for what is not a count, or for a year without a baseline. */
    Judged judgeOther(FigureSource source, RollingPeriod period, PeriodValue current, PeriodValue baseline) {
        ChangeBasis basis = current.unit().equals(Judgement.COUNT) ? ChangeBasis.COUNT : ChangeBasis.ESTIMATE;
        if (!baseline.isAvailable()) {
            return new Judged(Optional.empty(), period.isBaseline() ? ChangeTest.baselineYear()
                    : ChangeTest.notTested("baseline not available: " + baseline.reason().orElse("")));
        }
        double value = current.value().getAsDouble();
        double base = baseline.value().getAsDouble();
        if (period.isBaseline()) {
            return new Judged(Optional.of(Change.none(basis, base, base)), ChangeTest.baselineYear());
        }
        boolean points = current.unit().equals("percentage");
        OptionalDouble percent = points || base == 0 ? OptionalDouble.empty() : OptionalDouble.of((value - base) / base * 100);
        Change change = new Change(basis, base, value - base, percent, OptionalDouble.empty(), OptionalDouble.empty(), base,
                value - base);
        return new Judged(Optional.of(change), Judgement.survey(current, baseline, direction(source)));
    }

    record Judged(Optional<Change> change, ChangeTest test) {
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The notes of a figure's reason column: what qualifies it, in plain words. */
    String notes(PeriodValue baseline, RollingPeriod period, RateOutcome rate, Judged judged, List<String> more) {
        List<String> notes = new ArrayList<>();
        if (!period.isBaseline() && !baseline.isAvailable()) {
            notes.add("baseline not available: " + baseline.reason().orElse(""));
        } else if (!judged.test().tested() && !period.isBaseline()) {
            notes.add("not tested: " + judged.test().note());
        } else if (judged.test().tested() && !judged.test().note().isBlank()) {
            notes.add(judged.test().note());
        }
        if (!rate.note().isBlank()) {
            notes.add(rate.note());
        }
        notes.addAll(more);
        return String.join("; ", notes);
    }

    Figure figure(FigureSource source, String area, RollingPeriod period, PeriodValue current, RateOutcome rate,
                  Judged judged, NationalSum national, List<String> footnotes, String reason, Set<Long> files) {
        return new Figure(source.metricId(), area, period, source.source(), source.label(), current.unit(),
                Optional.of(estimate(current)), rate.rate(), judged.change(), judged.test(), national, footnotes, reason,
                Provenance.of(files, data.sha256(), catalogue.version()));
    }

    Figure unavailable(FigureSource source, String area, RollingPeriod period, String unit, String reason,
                       NationalSum national, List<String> footnotes) {
        return new Figure(source.metricId(), area, period, source.source(), source.label(), unit, Optional.empty(),
                Optional.empty(), Optional.empty(), ChangeTest.notTested(reason), national, footnotes, reason,
                Provenance.of(Set.of(), Map.of(), catalogue.version()));
    }

    /** The value and its interval: exact Poisson for whole counts, the published one for surveys. */
    private static Estimate estimate(PeriodValue current) {
        double value = current.value().getAsDouble();
        if (current.unit().equals(Judgement.COUNT)) {
            if (value >= 0 && value == Math.rint(value)) {
                PoissonInterval interval = PoissonInterval.of((long) value);
                return new Estimate(value, OptionalDouble.of(interval.lower()), OptionalDouble.of(interval.upper()));
            }
            return Estimate.of(value);
        }
        return new Estimate(value, current.lower(), current.upper());
    }

    CountComparison counts() {
        return counts;
    }

    Rates rates() {
        return rates;
    }

    ImprovementDirection directionOf(FigureSource source) {
        return direction(source);
    }

}
