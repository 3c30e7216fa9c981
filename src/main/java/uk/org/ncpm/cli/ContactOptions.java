package uk.org.ncpm.cli;

import picocli.CommandLine.Option;
import uk.org.ncpm.web.SiteContact;

import java.util.Optional;

/** {@code --contact-email} and {@code --feedback-url}: the site's feedback link and accessibility contact. */
final class ContactOptions {

    @Option(names = "--contact-email", paramLabel = "ADDRESS",
            description = "Email address for feedback and accessibility requests, shown on /feedback and the accessibility statement.")
    String email;

    @Option(names = "--feedback-url", paramLabel = "URL", description = "A feedback form's web address, linked from /feedback.")
    String feedbackUrl;

    /** The contact given; a malformed one is an error for the command to print. */
    SiteContact contact() {
        return SiteContact.of(Optional.ofNullable(email), Optional.ofNullable(feedbackUrl));
    }
}
