package uk.org.ncpm.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The areas above the forces, looked up by code or by any of their spellings. */
public final class Areas {

    private final List<Area> all;
    private final Map<String, Area> byCode = new HashMap<>();
    private final Map<String, Area> byName = new HashMap<>();

    Areas(List<Area> areas) {
        this.all = List.copyOf(areas);
        for (Area area : areas) {
            if (byCode.put(area.code(), area) != null) {
                throw new IllegalStateException("catalogue: duplicate area code " + area.code());
            }
            byName.put(Forces.normalise(area.name()), area);
            area.otherNames().forEach(name -> byName.put(Forces.normalise(name), area));
        }
    }

    public List<Area> all() {
        return all;
    }

    public Optional<Area> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * An area by code (any case, as {@link Forces#find}) or name; note "West Midlands" alone is the force, the region
     * is "West Midlands (region)".
     */
    public Optional<Area> find(String codeOrName) {
        Area area = byCode.get(codeOrName.strip().toUpperCase(Locale.ROOT));
        return area != null ? Optional.of(area) : Optional.ofNullable(byName.get(Forces.normalise(codeOrName)));
    }
}
