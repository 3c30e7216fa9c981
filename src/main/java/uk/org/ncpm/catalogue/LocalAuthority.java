package uk.org.ncpm.catalogue;

/**
 * A local authority district and the police force area it lies in, from the ONS lookup "Local Authority
 * District to Community Safety Partnerships to Police Force Areas (December 2018)" shipped in the catalogue:
 * every district lies wholly in one force area, so it is how a resident finds their force.
 */
public record LocalAuthority(String code, String name, String communitySafetyPartnership, String forceCode) {
}
