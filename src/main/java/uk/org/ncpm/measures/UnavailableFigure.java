package uk.org.ncpm.measures;

import uk.org.ncpm.catalogue.Area;
import uk.org.ncpm.catalogue.FigureSource;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Figures that are not available: no numbers, only the reason. */
final class UnavailableFigure {

    private UnavailableFigure() {
    }

    static Figure unavailable(FigureSource source, String area, RollingPeriod period, PeriodValue current,
                              List<String> excluded, OptionalDouble published) {
        return empty(source, area, period, current.unit(), current.reason().orElse("not available"), excluded, published);
    }

    static Figure notAvailable(FigureSource source, RollingPeriod period, String unit, List<String> excluded,
                               OptionalDouble published) {
        return empty(source, Area.ENGLAND_AND_WALES, period, unit,
                "no force has figures for both this period and the baseline", excluded, published);
    }

    private static Figure empty(FigureSource source, String area, RollingPeriod period, String unit, String reason,
                                List<String> excluded, OptionalDouble published) {
        OptionalDouble none = OptionalDouble.empty();
        return new Figure(source.metricId(), area, period, source.source(), source.label(), unit, none, none, none,
                none, none, none, none, none, "", none, none, none, none, Optional.empty(), excluded, published,
                Figure.NOT_AVAILABLE, reason, Set.of());
    }
}
