package uk.org.ncpm.measures;

import uk.org.ncpm.catalogue.Area;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.FigureSource;
import uk.org.ncpm.catalogue.Force;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Builds a force's {@link Diagnostics} from the stored source data and the catalogue. Figures come
 * from {@link FigureBuilder}, exactly as {@code ncpm compute} makes them (so the rates, the
 * like-for-like England and Wales rate and the reasons are the published ones); each source's figures
 * are built once and shared by every force asked for.
 */
public final class DiagnosticsBuilder {

    private final Catalogue catalogue;
    private final SourceData data;
    private final ComparatorGroups groups;
    private final FigureBuilder figures;
    private final List<String> forceOrder;
    private final Map<FigureSource, Map<String, Figure>> built = new HashMap<>();

    public DiagnosticsBuilder(Catalogue catalogue, SourceData data) {
        this(catalogue, data, new RegionComparatorGroups(catalogue.forces()));
    }

    public DiagnosticsBuilder(Catalogue catalogue, SourceData data, ComparatorGroups groups) {
        this.catalogue = catalogue;
        this.data = data;
        this.groups = groups;
        this.figures = new FigureBuilder(catalogue, data);
        this.forceOrder = catalogue.forces().territorial().stream().map(Force::code).toList();
    }

    /** The catalogue's figure sources that have an available figure for any force, in catalogue order. */
    public List<FigureSource> forceSources() {
        return catalogue.figureSources().stream().filter(source -> figures(source).values().stream()
                .anyMatch(f -> f.isAvailable() && forceOrder.contains(f.areaCode()))).toList();
    }

    /** The latest rolling year for which the force has any available figure, if any. */
    public Optional<RollingPeriod> latestPeriod(Force force) {
        return latestPeriod(force, YearMonth.of(9999, 12));
    }

    /** The latest rolling year ending no later than {@code upTo} for which the force has any available figure. */
    public Optional<RollingPeriod> latestPeriod(Force force, YearMonth upTo) {
        return forceSources().stream().flatMap(source -> figures(source).values().stream())
                .filter(f -> f.isAvailable() && f.areaCode().equals(force.code()) && !f.periodEnd().isAfter(upTo))
                .map(Figure::period).max(RollingPeriod::compareTo);
    }

    public Diagnostics of(Force force, RollingPeriod period) {
        Optional<ComparatorGroup> group = groups.of(force);
        List<SourceDiagnostics> sources = new ArrayList<>();
        for (FigureSource source : forceSources()) {
            Map<String, Figure> all = figures(source);
            Map<String, Figure> ofYear = new LinkedHashMap<>();
            for (String code : forceOrder) {
                Figure f = all.get(key(code, period));
                if (f != null) {
                    ofYear.put(code, f);
                }
            }
            ForceRates forces = new ForceRates(ofYear);
            Optional<Figure> national = Optional.ofNullable(all.get(key(Area.ENGLAND_AND_WALES, period)));
            OptionalDouble ratePer = all.values().stream().filter(f -> f.ratePer().isPresent()).findFirst()
                    .map(Figure::ratePer).orElse(OptionalDouble.empty());
            GroupComparison comparison = GroupComparison.of(force.code(), group, groups.withoutGroup(), ratePer, forces,
                    national);
            FunnelReading funnel = FunnelReading.of(force.code(), forceOrder, ratePer, forces, national);
            Optional<ForceControlChart> chart = source.basis() == FigureSource.Basis.MONTHLY
                    ? Optional.of(ForceControlChart.of(MonthlySeries.fromStreetRecords(data, source.metricId(), force.code(),
                    ForceControlChart.BASELINE_FIRST, period.lastMonth())))
                    : Optional.empty();
            Optional<Figure> own = forces.figure(force.code());
            sources.add(new SourceDiagnostics(source, own, comparison, funnel, chart,
                    DiagnosticsSummary.line(catalogue, source, period, own, comparison, funnel, chart)));
        }
        return new Diagnostics(force, period, group, sources);
    }

    private Map<String, Figure> figures(FigureSource source) {
        return built.computeIfAbsent(source, s -> {
            Map<String, Figure> byKey = new HashMap<>();
            figures.build(s).forEach(f -> byKey.put(key(f.areaCode(), f.period()), f));
            return byKey;
        });
    }

    private static String key(String area, RollingPeriod period) {
        return area + "|" + period;
    }
}
