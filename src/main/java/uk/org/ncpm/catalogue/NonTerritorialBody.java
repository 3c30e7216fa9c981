package uk.org.ncpm.catalogue;

import java.util.List;

/**
 * A body that appears in police data but is not a territorial police force of England and Wales
 * (British Transport Police, Police Service of Northern Ireland, Action Fraud …). Its records are
 * recognised and set aside from force and national figures.
 */
public record NonTerritorialBody(String key, String name, String slug, List<String> otherNames, String reason) {

    public NonTerritorialBody {
        otherNames = List.copyOf(otherNames);
    }

    public List<String> allNames() {
        var names = new java.util.ArrayList<String>(List.of(name, key));
        if (!slug.isEmpty()) {
            names.add(slug);
        }
        names.addAll(otherNames);
        return names;
    }
}
