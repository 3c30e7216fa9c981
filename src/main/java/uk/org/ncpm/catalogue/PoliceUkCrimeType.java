package uk.org.ncpm.catalogue;

import java.util.Optional;

/**
 * A data.police.uk "Crime type" and the catalogue metric it feeds as a proxy, if any.
 */
public record PoliceUkCrimeType(String name, Optional<String> metricId, String note) {

    public static final String ANTI_SOCIAL_BEHAVIOUR = "Anti-social behaviour";

    public boolean isAntiSocialBehaviour() {
        return ANTI_SOCIAL_BEHAVIOUR.equals(name);
    }
}
