package uk.org.ncpm.text;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.measures.ChartSignal;
import uk.org.ncpm.measures.ComparatorGroup;
import uk.org.ncpm.measures.Diagnostics;
import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.measures.ForceControlChart;
import uk.org.ncpm.measures.ForceLeftOut;
import uk.org.ncpm.measures.FunnelPlacement;
import uk.org.ncpm.measures.FunnelPlot;
import uk.org.ncpm.measures.FunnelReading;
import uk.org.ncpm.measures.GroupComparison;
import uk.org.ncpm.measures.SourceDiagnostics;
import uk.org.ncpm.stats.DispersionModel;
import uk.org.ncpm.stats.SpcSignal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A force's diagnostics as one JSON object with every section, the same in `ncpm diagnostics --format json`
 * and the API (which adds {@code sample} first): numbers as numbers (rounded as {@link FigureColumns} rounds),
 * absent values as null, keys in the order of the record components.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DiagnosticsDocument(@JsonInclude(JsonInclude.Include.NON_NULL) Boolean sample, String areaCode,
                                  String areaName, String periodEnd, String period, String purpose, Group comparatorGroup,
                                  List<Source> sources) {

    /** The document for the command line: no sample flag. */
    public static DiagnosticsDocument of(Diagnostics d, Catalogue catalogue) {
        return of(null, d, catalogue);
    }

    /** The document for the API, which says whether the store holds sample data. */
    public static DiagnosticsDocument of(Boolean sample, Diagnostics d, Catalogue catalogue) {
        List<Source> sources = d.sources().stream().map(s -> new Source(s.source().metricId(), s.source().source(),
                s.source().label(), s.summary(), s.figure().map(FigureValues::of).orElse(null),
                Comparison.of(s.comparison(), catalogue), Funnel.of(s.funnel(), catalogue),
                s.controlChart().map(Chart::of).orElse(null))).toList();
        return new DiagnosticsDocument(sample, d.force().code(), d.force().name(), d.period().toString(), d.period().label(),
                Diagnostics.PURPOSE, d.group().map(g -> Group.of(g, catalogue)).orElse(null), sources);
    }

    /** A force without figures: no period and no sources. */
    public static DiagnosticsDocument without(Boolean sample, Force force) {
        return new DiagnosticsDocument(sample, force.code(), force.name(), null, null, Diagnostics.PURPOSE, null, List.of());
    }

    public record AreaName(String code, String name) {
        static List<AreaName> of(List<String> codes, Catalogue catalogue) {
            return codes.stream().map(code -> new AreaName(code, catalogue.areaName(code).orElse(code))).toList();
        }
    }

    public record LeftOut(String code, String name, String reason) {
        static List<LeftOut> of(List<ForceLeftOut> leftOut, Catalogue catalogue) {
            return leftOut.stream().map(l -> new LeftOut(l.forceCode(),
                    catalogue.areaName(l.forceCode()).orElse(l.forceCode()), l.reason())).toList();
        }
    }

    public record Group(String name, String basis, String method, List<AreaName> members, List<String> notes) {
        static Group of(ComparatorGroup g, Catalogue catalogue) {
            return new Group(g.name(), g.basis(), ComparatorGroup.METHOD, AreaName.of(g.memberCodes(), catalogue), g.notes());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Source(String metric, String source, String sourceLabel, String summary, FigureValues figure,
                         Comparison comparator, Funnel funnel, Chart spc) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record FigureValues(String status, Object value, String unit, Object rate, Object ratePer,
                               String populationNote, String reason) {
        static FigureValues of(Figure f) {
            return new FigureValues(f.status(), NumberText.plain(f.value(), -1), f.unit(), NumberText.plain(f.rate(), 3),
                    NumberText.plain(f.ratePer(), -1), f.populationNote(), f.reason());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Comparison(boolean available, String notAvailableReason, Object ratePer, Object forceRate,
                             Object groupAverage, List<AreaName> groupForces, List<LeftOut> groupLeftOut,
                             Object englandAndWalesRate, List<AreaName> englandAndWalesLeftOut) {
        static Comparison of(GroupComparison c, Catalogue catalogue) {
            return new Comparison(c.isAvailable(), c.notAvailable().orElse(null), NumberText.plain(c.ratePer(), -1),
                    NumberText.plain(c.forceRate(), 3), NumberText.plain(c.groupAverage(), 3),
                    AreaName.of(c.included(), catalogue), LeftOut.of(c.leftOut(), catalogue),
                    NumberText.plain(c.englandAndWalesRate(), 3), AreaName.of(c.englandAndWalesLeftOut(), catalogue));
        }
    }

    /** The funnel reading: the force's place and limits when placed, the plot's terms when drawn. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Funnel(String position, String notAvailableReason, @JsonUnwrapped Placement placement,
                         @JsonUnwrapped Plot plot) {
        static Funnel of(FunnelReading f, Catalogue catalogue) {
            return new Funnel(f.placement().map(p -> p.position().words()).orElse(null), f.notAvailable().orElse(null),
                    f.placement().map(Placement::of).orElse(null), f.plot().map(p -> Plot.of(p, catalogue)).orElse(null));
        }
    }

    public record Placement(long count, Object rate, Limits limits) {
        static Placement of(FunnelPlacement p) {
            return new Placement(p.count(), number(p.rate()), new Limits(number(p.limits().lower998()),
                    number(p.limits().lower95()), number(p.limits().upper95()), number(p.limits().upper998())));
        }
    }

    public record Limits(@JsonProperty("lower_998") Object lower998, @JsonProperty("lower_95") Object lower95,
                         @JsonProperty("upper_95") Object upper95, @JsonProperty("upper_998") Object upper998) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Plot(Object targetRate, Object ratePer, int forces, List<LeftOut> forcesLeftOut,
                       boolean overdispersionApplied, Object phi,
                       @JsonProperty("overdispersion_p_value") double overdispersionPValue, String overdispersionModel,
                       Object tau, String overdispersion) {
        static Plot of(FunnelPlot p, Catalogue catalogue) {
            return new Plot(number(p.targetRate()), NumberText.plain(OptionalDouble.of(p.ratePer()), -1), p.forces(),
                    LeftOut.of(p.leftOut(), catalogue), p.adjustment().applied(), number(p.adjustment().phi()),
                    p.adjustment().pValue(), modelName(p.model()), number(p.adjustment().randomEffects().tau()),
                    p.adjustmentWords());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Chart(boolean available, String notAvailableReason, String firstMonth, String lastMonth,
                        int baselineMonths, Object centre, Object lowerLimit, Object upperLimit, List<String> notes,
                        Map<String, Long> counts, Map<String, String> gaps, List<Signal> signals) {
        static Chart of(ForceControlChart c) {
            Map<String, Long> counts = new LinkedHashMap<>();
            c.series().counts().forEach((month, count) -> counts.put(month.toString(), count));
            Map<String, String> gaps = new LinkedHashMap<>();
            c.series().gaps().forEach((month, why) -> gaps.put(month.toString(), why));
            return new Chart(c.isAvailable(), c.notAvailable().orElse(null), c.series().first().toString(),
                    c.series().last().toString(), c.baselineMonths().size(), c.chart().map(x -> number(x.centre())).orElse(null),
                    c.chart().map(x -> number(x.lowerLimit())).orElse(null),
                    c.chart().map(x -> number(x.upperLimit())).orElse(null), c.notes(), counts, gaps,
                    c.signals().stream().map(Signal::of).toList());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Signal(String rule, String direction, String firstMonth, String lastMonth, List<String> months,
                         String words) {
        static Signal of(ChartSignal s) {
            return new Signal(s.rule().words(), s.direction() == SpcSignal.Direction.UP ? "up" : "down", s.first().toString(),
                    s.last().toString(), s.months().stream().map(Object::toString).toList(), s.words());
        }
    }

    /** "none", "multiplicative" or "additive random effects": the funnel's over-dispersion model in the published columns. */
    static String modelName(DispersionModel model) {
        return switch (model) {
            case NONE -> "none";
            case MULTIPLICATIVE -> "multiplicative";
            case ADDITIVE_RANDOM_EFFECTS -> "additive random effects";
        };
    }

    private static Object number(double value) {
        return NumberText.plain(OptionalDouble.of(value), 3);
    }
}
