package uk.org.ncpm.measures;

import uk.org.ncpm.catalogue.Area;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.FigureSource;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.store.ObservationRow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * England and Wales as the sum of the territorial forces (docs/method.md, "England and Wales"):
 * like-for-like, a force missing in either the year or the baseline is left out of both and named;
 * the sum is published as England and Wales only when the forces in it hold at least 90% of the
 * England and Wales population; the source's own national total is shown beside it as published,
 * with what it includes or excludes.
 */
final class EnglandAndWales {

    /** The share of the England and Wales population the forces of a national sum must hold. */
    static final double POPULATION_SHARE = 0.90;

    private final FigureBuilder builder;
    private final Catalogue catalogue;
    private final SourceData data;
    private final SourceValues values;

    EnglandAndWales(FigureBuilder builder, Catalogue catalogue, SourceData data, SourceValues values) {
        this.builder = builder;
        this.catalogue = catalogue;
        this.data = data;
        this.values = values;
    }

    Figure figure(FigureSource source, RollingPeriod period, String unit) {
        List<String> forces = catalogue.forces().territorial().stream().map(Force::code).toList();
        Map<String, Double> now = new LinkedHashMap<>();
        Map<String, Double> then = new LinkedHashMap<>();
        Set<Long> files = new HashSet<>();
        Set<String> footnotes = new LinkedHashSet<>();
        List<String> excluded = new ArrayList<>();
        for (String force : forces) {
            PeriodValue current = values.value(source, force, period, unit);
            PeriodValue baseline = values.value(source, force, RollingPeriod.BASELINE, unit);
            if (!current.isAvailable() || !baseline.isAvailable()) {
                excluded.add(force);
                continue;
            }
            now.put(force, current.value().getAsDouble());
            then.put(force, baseline.value().getAsDouble());
            files.addAll(current.files());
            files.addAll(baseline.files());
            // A force's footnote on the national figure names the force it concerns.
            String name = catalogue.areaName(force).orElse(force);
            for (String note : concat(current.footnotes(), period.isBaseline() ? List.of() : baseline.footnotes())) {
                footnotes.add(note.startsWith("from the ") ? note : name + ": " + note);
            }
        }
        Optional<ObservationRow> own = data.observation(source.source(), source.series().isEmpty() ? "" : source.series().get(0),
                Area.ENGLAND_AND_WALES, period.start(), period.end());
        OptionalDouble published = own.map(ObservationRow::value).orElse(OptionalDouble.empty());
        String publishedNote = own.filter(o -> o.value().isPresent()).map(this::publishedNote).orElse("");
        OptionalDouble share = share(now.keySet(), period);
        NationalSum national = new NationalSum(excluded, share, published, publishedNote);
        if (now.isEmpty()) {
            return builder.unavailable(source, Area.ENGLAND_AND_WALES, period, unit,
                    "no force has figures for both this period and the baseline", national, List.of());
        }
        if (share.isEmpty() || share.getAsDouble() < POPULATION_SHARE) {
            String held = String.format(java.util.Locale.UK, "they hold %.1f%% of the England and Wales "
                    + "population, under the 90%% needed", 100 * share.getAsDouble());
            return builder.unavailable(source, Area.ENGLAND_AND_WALES, period, unit, "not published as England and Wales: "
                    + now.size() + " of " + forces.size() + " forces have figures for both this year and the baseline, and "
                    + held + likeForLike(excluded), national, List.copyOf(footnotes));
        }
        double current = sum(now);
        double base = sum(then);
        PeriodValue value = PeriodValue.of(current, unit, files);
        RateOutcome rate = builder.rates().national(source.metricId(), unit, period, now);
        RateOutcome baseRate = builder.rates().national(source.metricId(), unit, RollingPeriod.BASELINE, then);
        FigureBuilder.Judged judged;
        if (period.isBaseline()) {
            judged = new FigureBuilder.Judged(Optional.of(Change.none(rate.rate().isPresent() ? ChangeBasis.RATE
                    : ChangeBasis.COUNT, rate.rate().map(Rate::value).orElse(base), base)), ChangeTest.baselineYear());
        } else {
            // A rate leaving out forces is not compared: the change is then on the counts of every force summed.
            boolean fullRates = rate.note().isBlank() && baseRate.note().isBlank();
            RateOutcome r1 = fullRates ? rate : RateOutcome.NO_RATE;
            RateOutcome r0 = fullRates ? baseRate : RateOutcome.NO_RATE;
            CountComparison.Result result = builder.counts().compare(new CountComparison.Subject(source,
                    List.copyOf(now.keySet()), unit, builder.directionOf(source)), period, current, base, r1, r0,
                    current - base, base);
            judged = new FigureBuilder.Judged(Optional.of(result.change()), result.test());
        }
        rate.rate().ifPresent(r -> now.keySet().forEach(force -> Population.ofYear(data.populations(force),
                r.populationYear(), period).ifPresent(p -> files.add(p.file()))));
        List<String> more = new ArrayList<>();
        String lfl = likeForLike(excluded);
        if (!lfl.isEmpty()) {
            more.add(lfl.substring(2));
        }
        return builder.figure(source, Area.ENGLAND_AND_WALES, period, value, rate, judged, national,
                List.copyOf(footnotes), builder.notes(PeriodValue.of(base, unit, Set.of()), period, rate, judged, more), files);
    }

    private String likeForLike(List<String> excluded) {
        if (excluded.isEmpty()) {
            return "";
        }
        return "; like-for-like: left out of both periods for missing data: "
                + Names.list(excluded.stream().map(code -> catalogue.areaName(code).orElse(code)).toList());
    }

    private String publishedNote(ObservationRow own) {
        List<String> notes = SourceData.footnotes(own).stream()
                .filter(n -> n.startsWith("England and Wales total as published")).toList();
        return notes.isEmpty() ? "England and Wales total as published by the source" : String.join("; ", notes);
    }

    /**
     * The share of the England and Wales population held by the given forces, weighed by the mid-2018
     * estimates of the catalogue (the baseline year's denominators): a fixed weight, so the rule does not
     * depend on which population files are loaded.
     */
    private OptionalDouble share(Set<String> included, RollingPeriod period) {
        double in = 0;
        double all = 0;
        for (Force force : catalogue.forces().territorial()) {
            all += force.weight();
            if (included.contains(force.code())) {
                in += force.weight();
            }
        }
        return OptionalDouble.of(in / all);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static double sum(Map<String, Double> values) {
        return values.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
