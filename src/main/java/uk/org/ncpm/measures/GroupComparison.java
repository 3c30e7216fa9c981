package uk.org.ncpm.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A force's rate beside its comparator group's average and the England and Wales rate, for one figure
 * source and rolling year (docs/method.md, "Comparator groups"). The group average is the unweighted mean of
 * the members' rates, the force itself included (HMICFRS method, {@link ComparatorGroup#METHOD});
 * members without a rate for the year are left out of it and named. City of London ({@link CityOfLondon})
 * is never averaged in: named as left out if a grouping lists it, and itself not compared with an average. England and Wales is the
 * like-for-like national rate of the year, with the forces it leaves out. No verdict is drawn: the
 * funnel plot says whether a difference is more than chance.
 *
 * @param group                  the force's group; empty when it has none
 * @param ratePer                residents the rates are per (e.g. 1,000); empty when the metric has no rate
 * @param forceRate              the force's rate
 * @param groupAverage           mean of the included members' rates
 * @param included               members averaged, the force first
 * @param leftOut                members without a rate for the year
 * @param englandAndWalesRate    the like-for-like national rate
 * @param englandAndWalesLeftOut forces the national rate leaves out (missing in this year or the baseline)
 * @param notAvailable           why the force is not compared, if it is not
 */
public record GroupComparison(Optional<ComparatorGroup> group, OptionalDouble ratePer, OptionalDouble forceRate,
                              OptionalDouble groupAverage, List<String> included, List<ForceLeftOut> leftOut,
                              OptionalDouble englandAndWalesRate, List<String> englandAndWalesLeftOut,
                              Optional<String> notAvailable) {

    public GroupComparison {
        included = List.copyOf(included);
        leftOut = List.copyOf(leftOut);
        englandAndWalesLeftOut = List.copyOf(englandAndWalesLeftOut);
    }

    /**
     * The comparison of one force.
     *
     * @param group        the force's group, or empty with {@code withoutGroup} saying why
     * @param ratePer      the metric's rate denominator; empty when the catalogue gives it no rate
     * @param forces       the forces' figures of the year
     * @param national     the England and Wales figure of the year, if any
     */
    static GroupComparison of(String forceCode, Optional<ComparatorGroup> group, String withoutGroup,
                              OptionalDouble ratePer, ForceRates forces, Optional<Figure> national) {
        OptionalDouble nationalRate = national.filter(Figure::isAvailable).map(Figure::rate).orElse(OptionalDouble.empty());
        List<String> nationalLeftOut = national.map(Figure::excludedForces).orElse(List.of());
        OptionalDouble none = OptionalDouble.empty();
        if (ratePer.isEmpty()) {
            return new GroupComparison(group, ratePer, none, none, List.of(), List.of(), none, List.of(), Optional.of(
                    "no rate: the catalogue gives this metric no rate per residents, and counts of forces of "
                            + "different sizes are not compared"));
        }
        OptionalDouble own = forces.rate(forceCode);
        if (CityOfLondon.is(forceCode)) {
            return new GroupComparison(group, ratePer, own, none, List.of(), List.of(), nationalRate, nationalLeftOut,
                    Optional.of("City of London Police is not compared with a group average: " + CityOfLondon.NOT_COMPARABLE));
        }
        if (own.isEmpty()) {
            return new GroupComparison(group, ratePer, none, none, List.of(), List.of(), nationalRate, nationalLeftOut,
                    Optional.of("the force has no rate for this year: " + forces.whyNoRate(forceCode)));
        }
        if (group.isEmpty()) {
            return new GroupComparison(group, ratePer, own, none, List.of(), List.of(), nationalRate, nationalLeftOut,
                    Optional.of(withoutGroup));
        }
        List<String> included = new ArrayList<>(List.of(forceCode));
        List<ForceLeftOut> leftOut = new ArrayList<>();
        double sum = own.getAsDouble();
        for (String member : group.get().memberCodes()) {
            if (member.equals(forceCode)) {
                continue;
            }
            if (CityOfLondon.is(member)) {
                leftOut.add(new ForceLeftOut(member, CityOfLondon.NOT_COMPARABLE));
                continue;
            }
            OptionalDouble rate = forces.rate(member);
            if (rate.isPresent()) {
                included.add(member);
                sum += rate.getAsDouble();
            } else {
                leftOut.add(new ForceLeftOut(member, forces.whyNoRate(member)));
            }
        }
        return new GroupComparison(group, ratePer, own, OptionalDouble.of(sum / included.size()), included, leftOut,
                nationalRate, nationalLeftOut, Optional.empty());
    }

    public boolean isAvailable() {
        return notAvailable.isEmpty();
    }
}
