package uk.org.ncpm.measures;

import java.util.List;

/**
 * The forces one force is compared with, the force itself included.
 *
 * @param forceCode   the force compared
 * @param name        the group's name, e.g. "Wales"
 * @param basis       how the group was chosen, in the words shown beside every comparison, e.g.
 *                    "compared with the forces of its region (no most-similar-group file loaded)"
 * @param memberCodes the forces the group average is taken over, the force itself included
 * @param notes       caveats shown with the group (e.g. City of London's)
 */
public record ComparatorGroup(String forceCode, String name, String basis, List<String> memberCodes, List<String> notes) {

    /** How the group average is taken (HMICFRS method), said in every output that shows it. */
    public static final String METHOD = "unweighted mean of the member forces' rates, the force itself included "
            + "(HMICFRS method); City of London Police is never averaged in (" + CityOfLondon.NOT_COMPARABLE + ")";

    public ComparatorGroup {
        memberCodes = List.copyOf(memberCodes);
        notes = List.copyOf(notes);
        if (!memberCodes.contains(forceCode)) {
            throw new IllegalArgumentException("comparator group of " + forceCode + " must include the force itself, found "
                    + memberCodes);
        }
    }
}
