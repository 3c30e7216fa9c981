package uk.org.ncpm.ingest.ons;

import uk.org.ncpm.catalogue.Area;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.catalogue.NonTerritorialBody;
import uk.org.ncpm.ingest.IngestException;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a table row's area code and name to a catalogue area. Where the table has a code column the
 * code decides and the name must agree with it; without one, a name that is both a region and a
 * force ("West Midlands") is told apart by position: the region heads its forces, so it is the
 * region when the next row is another force of that region and the region has not appeared yet.
 */
final class PfaAreaNames {

    /** What a row is: a territorial force or an area above the forces, or a body set aside. */
    sealed interface Match {
    }

    /** @param remark what the ingest report should know about how the row was matched, may be empty */
    record Territorial(String code, String remark) implements Match {

        Territorial(String code) {
            this(code, "");
        }
    }

    record SetAside(NonTerritorialBody body) implements Match {
    }

    /**
     * A total printed without part of its area, e.g. "England and Wales (excluding Greater Manchester
     * Police)", which the knife series table gives beside (and in later editions instead of) the full total.
     *
     * @param code     the area the total is of
     * @param excluded what it leaves out, as printed
     */
    record PartialTotal(String code, String excluded) implements Match {
    }

    private static final Pattern EXCLUDING = Pattern.compile("(?i)^(.*\\S)\\s*\\(\\s*excluding\\s+([^)]*\\S)\\s*\\)$");

    private final Catalogue catalogue;

    PfaAreaNames(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * @param code     the code cell's text, blank when the table or row has none
     * @param name     the name without footnote markers
     * @param nextName the next data row's name, blank at the end of the table
     * @param seen     codes already read in this table
     */
    Match resolve(String code, String name, String nextName, Set<String> seen, CellPlace codePlace,
                  CellPlace namePlace) throws IngestException {
        Matcher excluding = EXCLUDING.matcher(name);
        if (excluding.matches()) {
            Set<String> total = candidates(excluding.group(1));
            total.removeIf(c -> catalogue.forces().byCode(c).isPresent());
            if (total.size() == 1) {
                String area = total.iterator().next();
                if (!code.isBlank() && !code.equals(area)) {
                    throw namePlace.error("area code " + code + " does not match the total '" + name + "' (" + area + ")");
                }
                return new PartialTotal(area, excluding.group(2));
            }
        }
        Set<String> candidates = candidates(name);
        if (!code.isBlank()) {
            if (catalogue.isAreaCode(code)) {
                if (!name.isBlank() && !candidates.contains(code) && !candidates.isEmpty() && seen.containsAll(candidates)) {
                    // a label repeated by mistake (the June 2019 Table P5 prints "East Midlands" twice, the second
                    // time for E12000006 East): the area it names is already in the table, so the code decides
                    return new Territorial(code, namePlace.location() + ": the name reads '" + name + "', an area already "
                            + "given in the table; taken as " + catalogue.areaName(code).orElseThrow() + " by its code " + code);
                }
                if (!name.isBlank() && !candidates.contains(code)) {
                    throw namePlace.error("area code " + code + " is " + catalogue.areaName(code).orElseThrow()
                            + ", but the name reads '" + name + "'");
                }
                return new Territorial(code);
            }
            Optional<NonTerritorialBody> body = catalogue.forces().findNonTerritorial(name);
            if (body.isPresent()) {
                return new SetAside(body.get());
            }
            throw codePlace.error("unknown area code '" + code + "' for '" + name + "'; expected an ONS police force "
                    + "area code (E23…, W15…), an English region (E12…), E92000001, W92000004 or K04000001");
        }
        if (candidates.isEmpty()) {
            Optional<NonTerritorialBody> body = catalogue.forces().findNonTerritorial(name);
            if (body.isPresent()) {
                return new SetAside(body.get());
            }
            throw namePlace.error("unknown area '" + name + "'; expected a police force area, an English region, "
                    + "England, Wales or England and Wales (or a body set aside such as British Transport Police)");
        }
        if (candidates.size() == 1) {
            return new Territorial(candidates.iterator().next());
        }
        return new Territorial(regionOrForce(name, nextName, seen));
    }

    private String regionOrForce(String name, String nextName, Set<String> seen) {
        Force force = catalogue.forces().find(name).orElseThrow();
        String region = candidates(name).stream().filter(c -> !c.equals(force.code())).findFirst().orElseThrow();
        Optional<Force> next = nextName.isBlank() ? Optional.empty() : catalogue.forces().find(nextName);
        boolean headsItsForces = next.isPresent() && !next.get().equals(force) && next.get().regionCode().equals(region);
        return !seen.contains(region) && headsItsForces ? region : force.code();
    }

    /** Codes the name may stand for: a force, an area, or a region printed without "(region)". */
    private Set<String> candidates(String name) {
        Set<String> codes = new LinkedHashSet<>();
        if (name.isBlank()) {
            return codes;
        }
        catalogue.forces().find(name).map(Force::code).ifPresent(codes::add);
        catalogue.areas().find(name).map(Area::code).ifPresent(codes::add);
        catalogue.areas().find(name + " region").filter(a -> a.kind().equals("region")).map(Area::code)
                .ifPresent(codes::add);
        return codes;
    }
}
