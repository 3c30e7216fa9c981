package uk.org.ncpm.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links of a page shown under a release's own address ({@code /releases/2021-06-1/forces/gwent}) lead
 * to the same release's pages, so a reader of an earlier release stays in it; the stylesheets, assets,
 * the OpenAPI document and the release calendar are the same for every release and keep their address.
 */
final class ReleaseLinks {

    static final String PREFIX = "/releases/{release}";

    private static final Pattern SITE_REFERENCE = Pattern.compile(
            "(href|action|src)=\"/(?!/|stylesheets/|assets/|api/openapi|releases(?:[/\"?#]))");

    private ReleaseLinks() {
    }

    static String within(String html, String releaseId) {
        return SITE_REFERENCE.matcher(html).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "=\"/releases/" + releaseId + "/"));
    }
}
