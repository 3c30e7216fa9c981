package uk.org.ncpm.measures;

import uk.org.ncpm.catalogue.Area;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Figures built by hand for the diagnostics tests: only the fields diagnostics read are filled in. */
final class TestFigures {

    static final RollingPeriod YEAR = RollingPeriod.ending(YearMonth.of(2021, 6));
    private static final OptionalDouble NONE = OptionalDouble.empty();

    private TestFigures() {
    }

    /** A count with its population and its rate per {@code ratePer} residents. */
    static Figure count(String area, long count, double population, double ratePer) {
        return new Figure("neighbourhood-crime", area, YEAR, "police-uk-street", "test", "count", OptionalDouble.of(count),
                NONE, NONE, OptionalDouble.of(count * ratePer / population), NONE, NONE, OptionalDouble.of(ratePer),
                OptionalDouble.of(population), "mid-2020 estimate", NONE, NONE, NONE, NONE, Optional.empty(), List.of(),
                NONE, Figure.AVAILABLE, "", Set.of());
    }

    /** A count whose force has no population loaded: no rate. */
    static Figure countWithoutPopulation(String area, long count, double ratePer) {
        return new Figure("neighbourhood-crime", area, YEAR, "police-uk-street", "test", "count", OptionalDouble.of(count),
                NONE, NONE, NONE, NONE, NONE, OptionalDouble.of(ratePer), NONE, "", NONE, NONE, NONE, NONE,
                Optional.empty(), List.of(), NONE, Figure.AVAILABLE, "no population loaded: no rate", Set.of());
    }

    static Figure notAvailable(String area, String reason) {
        return new Figure("neighbourhood-crime", area, YEAR, "police-uk-street", "test", "count", NONE, NONE, NONE, NONE,
                NONE, NONE, NONE, NONE, "", NONE, NONE, NONE, NONE, Optional.empty(), List.of(), NONE,
                Figure.NOT_AVAILABLE, reason, Set.of());
    }

    /** England and Wales at a given rate, leaving out the named forces (like-for-like). */
    static Figure national(double rate, double ratePer, List<String> excluded) {
        return new Figure("neighbourhood-crime", Area.ENGLAND_AND_WALES, YEAR, "police-uk-street", "test", "count",
                OptionalDouble.of(1), NONE, NONE, OptionalDouble.of(rate), NONE, NONE, OptionalDouble.of(ratePer),
                NONE, "", NONE, NONE, NONE, NONE, Optional.empty(), excluded, NONE, Figure.AVAILABLE, "", Set.of());
    }

    static ForceRates rates(Figure... figures) {
        return new ForceRates(List.of(figures).stream().collect(Collectors.toMap(Figure::areaCode, Function.identity())));
    }

}
