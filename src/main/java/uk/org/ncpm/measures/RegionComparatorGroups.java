package uk.org.ncpm.measures;

import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.catalogue.Forces;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Comparator groups while no HMICFRS most-similar-group file is loaded: each force with the forces of
 * its region (ONS region; Wales counts as one region of four forces), itself included. Every force has
 * a group, City of London too: by region it sits in London with the Metropolitan Police Service,
 * though HMICFRS gives it no most similar group; a note says so.
 */
public final class RegionComparatorGroups implements ComparatorGroups {

    public static final String BASIS = "compared with the forces of its region (no most-similar-group file loaded)";
    static final String CITY_OF_LONDON = "E23000034";
    static final String CITY_OF_LONDON_NOTE = "City of London Police has no most similar group in HMICFRS practice; "
            + "by region it is compared with the Metropolitan Police Service, a force of very different size and area";

    private final Forces forces;

    public RegionComparatorGroups(Forces forces) {
        this.forces = forces;
    }

    @Override
    public Optional<ComparatorGroup> of(Force force) {
        List<String> members = forces.territorial().stream().filter(f -> f.regionCode().equals(force.regionCode()))
                .map(Force::code).toList();
        List<String> notes = new ArrayList<>();
        if (force.code().equals(CITY_OF_LONDON)) {
            notes.add(CITY_OF_LONDON_NOTE);
        }
        if (members.size() <= 2) {
            notes.add("its region, " + force.region() + ", has only " + members.size() + " forces");
        }
        return Optional.of(new ComparatorGroup(force.code(), force.region(), BASIS, members, notes));
    }

    @Override
    public String withoutGroup() {
        return "no region in the catalogue";
    }
}
