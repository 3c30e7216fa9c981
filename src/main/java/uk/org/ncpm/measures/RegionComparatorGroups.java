package uk.org.ncpm.measures;

import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.catalogue.Forces;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Comparator groups while no HMICFRS most-similar-group file is loaded: each force with the forces of
 * its region (ONS region; Wales counts as one region of four forces), itself included. City of London is
 * never a member of another force's group (docs/method.md, "Rates": about 8,000 residents and hundreds of thousands of
 * daytime workers and visitors, so its per-resident rate is not comparable and is kept out of group
 * averages): the London group of the Metropolitan Police Service is the Metropolitan Police Service alone,
 * and City of London's own group is itself alone, so no average is drawn for it; notes say so.
 */
public final class RegionComparatorGroups implements ComparatorGroups {

    public static final String BASIS = "compared with the forces of its region (no most-similar-group file loaded)";
    static final String CITY_OF_LONDON = CityOfLondon.CODE;
    static final String CITY_OF_LONDON_NOTE = "City of London Police has no most similar group in HMICFRS practice, and "
            + "its rate is not compared with a group average (" + CityOfLondon.NOT_COMPARABLE + ")";
    static final String CITY_OF_LONDON_LEFT_OUT = "City of London Police is kept out of the group average ("
            + CityOfLondon.NOT_COMPARABLE + ")";

    private final Forces forces;

    public RegionComparatorGroups(Forces forces) {
        this.forces = forces;
    }

    @Override
    public Optional<ComparatorGroup> of(Force force) {
        List<String> region = forces.territorial().stream().filter(f -> f.regionCode().equals(force.regionCode()))
                .map(Force::code).toList();
        List<String> notes = new ArrayList<>();
        if (CityOfLondon.is(force.code())) {
            return Optional.of(new ComparatorGroup(force.code(), force.region(), BASIS, List.of(force.code()),
                    List.of(CITY_OF_LONDON_NOTE)));
        }
        List<String> members = region.stream().filter(code -> !CityOfLondon.is(code)).toList();
        if (members.size() < region.size()) {
            notes.add(CITY_OF_LONDON_LEFT_OUT);
        }
        if (members.size() <= 2) {
            notes.add("its region, " + force.region() + ", has " + (members.size() == 1 ? "no other force to compare with" : "only " + members.size() + " forces"));
        }
        return Optional.of(new ComparatorGroup(force.code(), force.region(), BASIS, members, notes));
    }

    @Override
    public String withoutGroup() {
        return "no region in the catalogue";
    }
}
