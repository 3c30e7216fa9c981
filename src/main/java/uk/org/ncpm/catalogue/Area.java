package uk.org.ncpm.catalogue;

import java.util.List;

/**
 * A geography above the forces: England and Wales (K04000001), England, Wales, or an English region.
 *
 * @param kind {@code country-group}, {@code country} or {@code region}
 */
public record Area(String code, String name, String kind, List<String> otherNames) {

    public Area {
        otherNames = List.copyOf(otherNames);
    }

    public static final String ENGLAND_AND_WALES = "K04000001";
    public static final String ENGLAND = "E92000001";
    public static final String WALES = "W92000004";
}
