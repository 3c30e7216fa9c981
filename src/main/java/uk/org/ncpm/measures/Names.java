package uk.org.ncpm.measures;

import java.util.List;

/** Lists of force names in reasons: all of them up to six, otherwise how many. */
final class Names {

    private Names() {
    }

    static String list(List<String> names) {
        return names.size() <= 6 ? String.join(", ", names) : names.size() + " forces";
    }
}
