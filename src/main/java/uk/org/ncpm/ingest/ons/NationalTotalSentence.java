package uk.org.ncpm.ingest.ons;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the source's own England and Wales total is, as a sentence kept first among the footnotes of the
 * England and Wales observation, so that the figure shown beside the like-for-like sum of the 43 forces
 * says what it includes or excludes (docs/method.md, "England and Wales": the source's own national total is shown
 * as published, beside the sum, with what it includes or excludes).
 *
 * @param includes bodies the total counts that are not territorial forces (British Transport Police): said by a
 *                 footnote on the total's row, or shown by the arithmetic of the table ({@link TotalsCheck})
 * @param excludes what the printed label leaves out, as in "England and Wales (excluding Greater Manchester Police)"
 */
record NationalTotalSentence(Set<String> includes, List<String> excludes) {

    static final String START = "England and Wales total as published by the source";

    NationalTotalSentence {
        includes = Set.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    /**
     * E.g. {@code England and Wales total as published by the source: includes British Transport Police.},
     * {@code …: excludes Greater Manchester Police.}, both joined by "and", or, when the table says
     * neither, {@code England and Wales total as published by the source.}
     */
    String text() {
        List<String> parts = new ArrayList<>();
        if (!includes.isEmpty()) {
            parts.add("includes " + String.join(" and ", includes.stream().sorted().toList()));
        }
        if (!excludes.isEmpty()) {
            parts.add("excludes " + String.join(" and ", excludes));
        }
        return START + (parts.isEmpty() ? "" : ": " + String.join(" and ", parts)) + ".";
    }
}
