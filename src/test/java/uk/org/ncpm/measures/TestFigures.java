package uk.org.ncpm.measures;

import uk.org.ncpm.catalogue.Area;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Figures built by hand for the diagnostics tests: only the parts diagnostics read are filled in. */
final class TestFigures {

    static final RollingPeriod YEAR = RollingPeriod.ending(YearMonth.of(2021, 6));

    private TestFigures() {
    }

    private static FigureExample example(String area) {
        return FigureExample.of("neighbourhood-crime", area, YEAR.lastMonth());
    }

    /** A count with its population and its rate per {@code ratePer} residents. */
    static Figure count(String area, long count, double population, double ratePer) {
        return example(area).value(count).rateOf(population, (int) ratePer, 2020).build();
    }

    /** A count whose force has no population loaded: no rate. */
    static Figure countWithoutPopulation(String area, long count, double ratePer) {
        return example(area).value(count).build();
    }

    static Figure notAvailable(String area, String reason) {
        return example(area).notAvailable(reason);
    }

    /** England and Wales at a given rate, leaving out the named forces (like-for-like). */
    static Figure national(double rate, double ratePer, List<String> excluded) {
        return example(Area.ENGLAND_AND_WALES).value(1).rate(rate, (int) ratePer, 1_000_000, 2020).excluded(excluded).build();
    }

    static ForceRates rates(Figure... figures) {
        return new ForceRates(List.of(figures).stream().collect(Collectors.toMap(Figure::areaCode, Function.identity())));
    }
}
