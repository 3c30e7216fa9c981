package uk.org.ncpm.web;

import uk.org.ncpm.access.Access;
import uk.org.ncpm.access.User;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which pages of a scheduled release a signed-in person may see before its instant (issue 13): an analyst
 * every page; a force's or a PCC's user only their own force's page and its own API answers (diagnostics,
 * coverage, series), asked for by any of the force's names; nobody else anything.
 */
final class PreReleaseScope {

    /** The routes under a release that show one force, with the path parameter that names it. */
    private static final Map<String, String> FORCE_ROUTES = Map.of(
            ReleaseLinks.PREFIX + "/forces/{force}", "force",
            ReleaseLinks.PREFIX + "/api/v1/forces/{code}/diagnostics", "code",
            ReleaseLinks.PREFIX + "/api/v1/forces/{code}/diagnostics.json", "code",
            ReleaseLinks.PREFIX + "/api/v1/forces/{code}/diagnostics.csv", "code",
            ReleaseLinks.PREFIX + "/api/v1/coverage/{area}.json", "area",
            ReleaseLinks.PREFIX + "/api/v1/coverage/{area}.csv", "area",
            ReleaseLinks.PREFIX + SeriesApi.PATH + "{metric}/{area}.json", "area",
            ReleaseLinks.PREFIX + SeriesApi.PATH + "{metric}/{area}.csv", "area",
            ReleaseLinks.PREFIX + SeriesApi.PATH + "{metric}/{area}", "area");

    private static final Set<String> SUFFIXES = Set.of(".json", ".csv");

    private PreReleaseScope() {
    }

    /**
     * @param route      the matched route, e.g. {@code /releases/{release}/forces/{force}}
     * @param pathParams its parameters as given
     */
    static boolean allows(Catalogue catalogue, User user, String route, Map<String, String> pathParams) {
        if (Access.canSeeNationalPreRelease(user)) {
            return true;
        }
        String param = FORCE_ROUTES.get(route);
        if (param == null || !pathParams.containsKey(param)) {
            return false;
        }
        return force(catalogue, pathParams.get(param)).filter(f -> Access.canSeePreRelease(user, f.code())).isPresent();
    }

    /** The force a path names, by code or data.police.uk name, with or without a .json or .csv ending. */
    private static Optional<Force> force(Catalogue catalogue, String named) {
        String name = named;
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix)) {
                name = name.substring(0, name.length() - suffix.length());
            }
        }
        return catalogue.forces().find(name);
    }

    /** What a person whose access does not cover the page is told. */
    static String refusal(User user) {
        return user.forceCode().map(code -> "Your pre-release access covers your own force's page and API answers only.")
                .orElse("Your role has no pre-release access.");
    }
}
