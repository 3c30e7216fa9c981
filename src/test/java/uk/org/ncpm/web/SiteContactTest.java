package uk.org.ncpm.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The feedback link of the phase banner, the /feedback page and the accessibility statement's contact. */
class SiteContactTest {

    private static final Snapshot REAL = new Snapshot(List.of(), false);

    @Test
    void the_phase_banner_links_to_feedback_which_gives_the_operators_contact() throws Exception {
        SiteContact contact = SiteContact.of(Optional.of("ncpm@example.gov.uk"), Optional.of("https://forms.example.gov.uk/ncpm"));
        try (RunningSite site = RunningSite.of(REAL, contact)) {
            assertThat(site.get("/measures", "text/html").body()).contains("<a class=\"govuk-link\" href=\"/feedback\">Give feedback</a>");
            assertThat(site.get("/feedback", "text/html").body())
                    .contains("<a class=\"govuk-link\" href=\"mailto:ncpm@example.gov.uk\">ncpm@example.gov.uk</a>")
                    .contains("href=\"https://forms.example.gov.uk/ncpm\">Use the feedback form</a>");
            assertThat(site.get("/accessibility", "text/html").body()).contains("mailto:ncpm@example.gov.uk");
        }
    }

    @Test
    void a_copy_without_a_contact_says_so_rather_than_inventing_one() throws Exception {
        try (RunningSite site = RunningSite.of(REAL, SiteContact.NONE)) {
            assertThat(site.get("/feedback", "text/html").body()).contains("have not published a contact address")
                    .doesNotContain("mailto:");
            assertThat(site.get("/accessibility", "text/html").body()).contains("have not published a contact address");
        }
    }

    @Test
    void a_malformed_contact_is_refused_with_what_was_expected() {
        assertThatIllegalArgumentException().isThrownBy(() -> SiteContact.of(Optional.of("not an address"), Optional.empty()))
                .withMessageContaining("is not an email address such as team@example.gov.uk");
        assertThatIllegalArgumentException().isThrownBy(() -> SiteContact.of(Optional.empty(), Optional.of("javascript:alert(1)")))
                .withMessageContaining("is not a web address starting https:// or http://");
    }
}
