package uk.org.ncpm.web;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.catalogue.LocalAuthority;
import uk.org.ncpm.web.govuk.Breadcrumbs;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /forces}: every territorial force by region, and the force finder. The finder is a plain GET
 * form ({@code ?q=}), so it works without JavaScript; a static copy of the site ignores the query and
 * shows the full lists, which still lead every local authority to its force.
 *
 * @param query   what was typed, trimmed (empty: no search)
 * @param matches the forces and local authorities matching it, each with the force to go to
 */
public record ForcesIndex(boolean sample, Breadcrumbs breadcrumbs, String query, List<Match> matches,
                          Map<String, List<Force>> byRegion, List<District> districts) {

    /** The most a search lists: enough for "Newcastle" or "Bury", short of a list nobody reads. */
    static final int MAX_MATCHES = 30;

    /** One search result: a force by its own name, or a local authority and the force that polices it. */
    public record Match(String what, Force force) {
    }

    /** A local authority in the A to Z, with its force. */
    public record District(String name, Force force) {
    }

    public static ForcesIndex of(Catalogue catalogue, Optional<String> typed, boolean sample) {
        String query = typed.map(String::strip).orElse("");
        if (query.length() > 100) {
            query = query.substring(0, 100);
        }
        Map<String, List<Force>> byRegion = new LinkedHashMap<>();
        catalogue.forces().territorial().stream()
                .sorted(Comparator.comparing(Force::region).thenComparing(Force::name))
                .forEach(f -> byRegion.computeIfAbsent(f.region(), r -> new java.util.ArrayList<>()).add(f));
        List<District> districts = catalogue.localAuthorities().all().stream()
                .map(la -> new District(la.name(), force(catalogue, la))).toList();
        return new ForcesIndex(sample, Breadcrumbs.home("Police forces"), query, matches(catalogue, query), byRegion,
                districts);
    }

    private static List<Match> matches(Catalogue catalogue, String query) {
        if (query.isEmpty()) {
            return List.of();
        }
        var forces = catalogue.forces().matching(query).stream().map(f -> new Match(f.name(), f));
        var districts = catalogue.localAuthorities().matching(query).stream()
                .map(la -> new Match(la.name() + " (local authority)", force(catalogue, la)));
        return java.util.stream.Stream.concat(forces, districts).limit(MAX_MATCHES).toList();
    }

    private static Force force(Catalogue catalogue, LocalAuthority la) {
        return catalogue.forces().byCode(la.forceCode()).orElseThrow();
    }

    /** The sentence above the results: how many, for what. */
    public String resultsSentence() {
        if (matches.isEmpty()) {
            return "No police force or local authority in England and Wales matches ‘" + query
                    + "’. Check the spelling, or choose from the lists below.";
        }
        String found = matches.size() == 1 ? "1 result" : matches.size() + " results";
        return found + " for ‘" + query + "’" + (matches.size() == MAX_MATCHES ? " (the first " + MAX_MATCHES
                + "; type more of the name to narrow it)" : "") + ".";
    }
}
