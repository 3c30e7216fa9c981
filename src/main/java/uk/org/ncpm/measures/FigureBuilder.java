package uk.org.ncpm.measures;

import uk.org.ncpm.catalogue.Area;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.FigureSource;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.catalogue.Metric;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Computes every figure of one figure source: for each area it covers and each rolling year from
 * the baseline to the latest the data support, the value against the baseline with its interval,
 * rate and test. England and Wales is the like-for-like sum of the forces (MEASURES.md): a force
 * missing in either period is left out of both, and named.
 */
public final class FigureBuilder {

    private final Catalogue catalogue;
    private final SourceData data;
    private final SourceValues values;

    public FigureBuilder(Catalogue catalogue, SourceData data) {
        this.catalogue = catalogue;
        this.data = data;
        this.values = new SourceValues(data);
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
        String unit = unit(source);
        List<Figure> figures = new ArrayList<>();
        List<String> forces = catalogue.forces().territorial().stream().map(Force::code).toList();
        boolean anyForce = false;
        for (String area : areas(source, unit)) {
            boolean isForce = catalogue.forces().byCode(area).isPresent();
            PeriodValue baseline = values.value(source, area, RollingPeriod.BASELINE, unit);
            for (RollingPeriod period : periods) {
                PeriodValue current = values.value(source, area, period, unit);
                anyForce |= isForce && current.isAvailable();
                figures.add(figure(source, area, period, current, baseline, List.of(), OptionalDouble.empty()));
            }
        }
        // Only counts add up: force percentages or estimates summed would be a false national figure.
        if (anyForce && unit.equals(Judgement.COUNT)) {
            for (RollingPeriod period : periods) {
                figures.add(national(source, forces, period, unit));
            }
        }
        return figures;
    }

    /**
     * The areas a source has figures for: every force; for published figures, the areas published.
     * Where a source gives forces, England and Wales is their like-for-like sum, and the source's
     * own national figure is shown beside it as published. For other units (percentages, estimates)
     * the published national figure is kept as it is.
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

    private String unit(FigureSource source) {
        return data.unitOf(source.source(), source.series()).orElse(Judgement.COUNT);
    }

    /** England and Wales: the forces available in both this period and the baseline, summed. */
    private Figure national(FigureSource source, List<String> forces, RollingPeriod period, String unit) {
        double current = 0;
        double base = 0;
        double population = 0;
        double basePopulation = 0;
        boolean populations = true;
        Set<Long> files = new HashSet<>();
        List<String> excluded = new ArrayList<>();
        for (String force : forces) {
            PeriodValue now = values.value(source, force, period, unit);
            PeriodValue then = values.value(source, force, RollingPeriod.BASELINE, unit);
            if (!now.isAvailable() || !then.isAvailable()) {
                excluded.add(force);
                continue;
            }
            current += now.value().getAsDouble();
            base += then.value().getAsDouble();
            files.addAll(now.files());
            files.addAll(then.files());
            Optional<Population> p = Population.forPeriod(data.populations(force), period);
            Optional<Population> p0 = Population.forPeriod(data.populations(force), RollingPeriod.BASELINE);
            if (p.isPresent() && p0.isPresent()) {
                population += p.get().persons();
                basePopulation += p0.get().persons();
            } else {
                populations = false;
            }
        }
        OptionalDouble published = data.observation(source.source(), source.series().isEmpty() ? "" : source.series().get(0),
                Area.ENGLAND_AND_WALES, period.start(), period.end()).flatMap(o -> o.value().isPresent()
                ? Optional.of(o.value().getAsDouble()) : Optional.empty())
                .map(OptionalDouble::of).orElse(OptionalDouble.empty());
        if (excluded.size() == forces.size()) {
            return UnavailableFigure.notAvailable(source, period, unit, excluded, published);
        }
        PeriodValue now = PeriodValue.of(current, unit, files);
        PeriodValue then = PeriodValue.of(base, unit, Set.of());
        Optional<Population> nationalPopulation = populations
                ? Optional.of(new Population(population, "sum of the included forces' estimates", -1))
                : Optional.empty();
        Optional<Population> nationalBasePopulation = populations
                ? Optional.of(new Population(basePopulation, "sum of the included forces' estimates", -1))
                : Optional.empty();
        Figure figure = judge(source, Area.ENGLAND_AND_WALES, period, now, then, nationalPopulation, nationalBasePopulation,
                excluded, published);
        return figure;
    }

    private Figure figure(FigureSource source, String area, RollingPeriod period, PeriodValue current, PeriodValue baseline,
                          List<String> excluded, OptionalDouble published) {
        if (!current.isAvailable()) {
            return UnavailableFigure.unavailable(source, area, period, current, excluded, published);
        }
        return judge(source, area, period, current, baseline, Population.forPeriod(data.populations(area), period),
                Population.forPeriod(data.populations(area), RollingPeriod.BASELINE), excluded, published);
    }

    private Figure judge(FigureSource source, String area, RollingPeriod period, PeriodValue current, PeriodValue baseline,
                         Optional<Population> population, Optional<Population> basePopulation, List<String> excluded,
                         OptionalDouble published) {
        Metric metric = catalogue.metric(source.metricId()).orElse(null);
        OptionalDouble ratePer = metric == null || metric.ratePer().isEmpty() || !current.unit().equals(Judgement.COUNT)
                ? OptionalDouble.empty() : OptionalDouble.of(metric.ratePer().getAsInt());
        // The baseline year is not tested against itself: its change is zero by definition.
        Optional<PeriodValue> base = baseline.isAvailable() && !period.isBaseline() ? Optional.of(baseline) : Optional.empty();
        Judgement judgement = Judgement.of(current, base,
                population.map(p -> OptionalDouble.of(p.persons())).orElse(OptionalDouble.empty()),
                basePopulation.map(p -> OptionalDouble.of(p.persons())).orElse(OptionalDouble.empty()));
        double value = current.value().getAsDouble();
        OptionalDouble rate = OptionalDouble.empty();
        OptionalDouble rateLower = OptionalDouble.empty();
        OptionalDouble rateUpper = OptionalDouble.empty();
        if (ratePer.isPresent() && population.isPresent()) {
            double per = ratePer.getAsDouble() / population.get().persons();
            rate = OptionalDouble.of(value * per);
            if (judgement.lower().isPresent()) {
                rateLower = OptionalDouble.of(judgement.lower().getAsDouble() * per);
                rateUpper = OptionalDouble.of(judgement.upper().getAsDouble() * per);
            }
        }
        OptionalDouble change = OptionalDouble.empty();
        OptionalDouble changePct = OptionalDouble.empty();
        if (period.isBaseline()) {
            change = OptionalDouble.of(0);
            changePct = OptionalDouble.of(0);
        } else if (base.isPresent()) {
            double b = base.get().value().getAsDouble();
            change = OptionalDouble.of(value - b);
            changePct = b == 0 ? OptionalDouble.empty() : OptionalDouble.of((value - b) / b * 100);
        }
        List<String> notes = new ArrayList<>();
        if (period.isBaseline()) {
            notes.add("this is the baseline year");
        } else if (base.isEmpty()) {
            notes.add("baseline not available: " + baseline.reason().orElse(""));
        }
        judgement.note().ifPresent(notes::add);
        if (!excluded.isEmpty()) {
            notes.add("like-for-like: left out of both periods for missing data: " + (excluded.size() <= 6
                    ? String.join(", ", excluded.stream().map(code -> catalogue.areaName(code).orElse(code)).toList())
                    : excluded.size() + " forces"));
        }
        if (ratePer.isPresent() && population.isEmpty()) {
            notes.add("no population loaded: no rate");
        }
        Set<Long> files = new HashSet<>(current.files());
        files.addAll(baseline.files());
        population.ifPresent(p -> { if (p.file() >= 0) files.add(p.file()); });
        return new Figure(source.metricId(), area, period, source.source(), source.label(), current.unit(),
                current.value(), judgement.lower(), judgement.upper(), rate, rateLower, rateUpper, ratePer,
                population.map(p -> OptionalDouble.of(p.persons())).orElse(OptionalDouble.empty()),
                population.map(Population::note).orElse(""),
                baseline.isAvailable() ? baseline.value() : OptionalDouble.empty(), change, changePct, judgement.pValue(),
                judgement.verdict(), excluded, published, Figure.AVAILABLE, String.join("; ", notes), files);
    }
}
