package uk.org.ncpm.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The 43 territorial forces and the bodies that are not territorial forces, looked up by code,
 * data.police.uk slug or any of the names the sources use.
 */
public final class Forces {

    private final List<Force> territorial;
    private final List<NonTerritorialBody> nonTerritorial;
    private final Map<String, Force> byCode = new HashMap<>();
    private final Map<String, Force> byName = new HashMap<>();
    private final Map<String, NonTerritorialBody> nonTerritorialByName = new HashMap<>();

    Forces(List<Force> territorial, List<NonTerritorialBody> nonTerritorial) {
        this.territorial = List.copyOf(territorial);
        this.nonTerritorial = List.copyOf(nonTerritorial);
        for (Force force : territorial) {
            putUnique(byCode, force.code(), force, "force code");
            for (String name : force.allNames()) {
                byName.put(normalise(name), force);
            }
        }
        for (NonTerritorialBody body : nonTerritorial) {
            for (String name : body.allNames()) {
                String key = normalise(name);
                if (byName.containsKey(key)) {
                    throw new IllegalStateException("catalogue: name '" + name + "' is both a territorial force and "
                            + body.name());
                }
                nonTerritorialByName.put(key, body);
            }
        }
    }

    private static <V> void putUnique(Map<String, V> map, String key, V value, String what) {
        if (map.put(key, value) != null) {
            throw new IllegalStateException("catalogue: duplicate " + what + " " + key);
        }
    }

    /** Case, "&amp;"/"and" and punctuation-insensitive form of a force name, so "Avon &amp; Somerset" matches. */
    static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[^a-z0-9]+", " ")
                .trim();
    }

    public List<Force> territorial() {
        return territorial;
    }

    public List<NonTerritorialBody> nonTerritorial() {
        return nonTerritorial;
    }

    public Optional<Force> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** A territorial force by code, slug or any name variant. */
    /** The territorial forces any of whose names contains what a person typed, compared as place names are. */
    public List<Force> matching(String typed) {
        String wanted = LocalAuthorities.folded(typed);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return territorial().stream().filter(f -> f.allNames().stream().anyMatch(n -> LocalAuthorities.folded(n).contains(wanted)))
                .sorted(java.util.Comparator.comparing(Force::name)).toList();
    }

    public Optional<Force> find(String codeSlugOrName) {
        Force force = byCode.get(codeSlugOrName.strip().toUpperCase(Locale.ROOT));
        return force != null ? Optional.of(force) : Optional.ofNullable(byName.get(normalise(codeSlugOrName)));
    }

    /** A body that is recognised but is not a territorial force of England and Wales. */
    public Optional<NonTerritorialBody> findNonTerritorial(String slugOrName) {
        return Optional.ofNullable(nonTerritorialByName.get(normalise(slugOrName)));
    }
}
