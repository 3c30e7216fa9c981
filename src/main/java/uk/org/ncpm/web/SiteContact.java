package uk.org.ncpm.web;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How people reach the team running this copy of the site: a feedback form and an email address, each
 * optional. GOV.UK services link a phase banner to feedback and give a contact in the accessibility
 * statement; a copy whose operators gave neither says so instead of inventing one.
 */
public record SiteContact(Optional<String> email, Optional<String> feedbackUrl) {

    /** No contact given. */
    public static final SiteContact NONE = new SiteContact(Optional.empty(), Optional.empty());

    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");

    /** Checks what an operator typed: an address with one @ and a domain, a web address starting https:// or http://. */
    public static SiteContact of(Optional<String> email, Optional<String> feedbackUrl) {
        email.filter(e -> !EMAIL.matcher(e).matches()).ifPresent(e -> {
            throw new IllegalArgumentException("contact email '" + e + "' is not an email address such as team@example.gov.uk");
        });
        feedbackUrl.filter(u -> !isWebAddress(u)).ifPresent(u -> {
            throw new IllegalArgumentException("feedback URL '" + u + "' is not a web address starting https:// or http://");
        });
        return new SiteContact(email, feedbackUrl);
    }

    public boolean isGiven() {
        return email.isPresent() || feedbackUrl.isPresent();
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
