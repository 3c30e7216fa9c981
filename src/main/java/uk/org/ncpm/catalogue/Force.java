package uk.org.ncpm.catalogue;

import java.util.List;

/**
 * A territorial police force of England and Wales, identified by its ONS police force area code.
 *
 * @param code           ONS police force area code (E23000001…E23000039, W15000001…W15000004)
 * @param name           official name
 * @param slug           data.police.uk file slug, as in {@code 2019-01-avon-and-somerset-street.csv}
 * @param regionCode     ONS region (or, for Wales, country) code
 * @param region         region name
 * @param policeUkName   the "Falls within" value in data.police.uk street files
 * @param homeOfficeName the force name in Home Office police recorded crime tables
 * @param otherNames     further spellings seen in official tables (e.g. "Avon &amp; Somerset")
 * @param noRateReason   why the force has no per-resident rate (City of London: a tiny resident population
 *                       beside its daytime one; the source suppresses the rate); empty for the others
 * @param weight         the force area's ONS mid-2018 population estimate, used only to weigh it in the share of
 *                       the England and Wales population a national sum holds (docs/method.md, "England and Wales")
 */
public record Force(String code, String name, String slug, String regionCode, String region,
                    String policeUkName, String homeOfficeName, List<String> otherNames,
                    java.util.Optional<String> noRateReason, long weight) {

    public Force {
        otherNames = List.copyOf(otherNames);
    }

    /** Every spelling by which a source may name this force. */
    public List<String> allNames() {
        var names = new java.util.ArrayList<String>(List.of(name, policeUkName, homeOfficeName, slug));
        names.addAll(otherNames);
        return names;
    }
}
