package uk.org.ncpm.web;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.ncpm.access.AccessControl;
import uk.org.ncpm.access.AccessStore;
import uk.org.ncpm.access.Role;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in page and the admin pages in Chromium: signing in by the form, WCAG 2.2 AA (axe) at 320 and 1280 px. */
class AccessBrowserIT {

    private static final String PASSWORD = "a long enough secret";

    @TempDir
    static Path dir;
    private static HeadlessChromium chromium;
    private static SignInSite site;

    @BeforeAll
    static void serve() throws Exception {
        Path store = AccessStore.with(dir.resolve("ncpm.duckdb"), PASSWORD, AccessStore.user("alice", Role.ADMIN, null),
                AccessStore.user("fred", Role.FORCE, "E23000003"));
        site = SignInSite.of(AccessControl.withoutBackground(store, AccessStore.CATALOGUE, Clock.systemUTC()));
        chromium = HeadlessChromium.launch(RunningSite.around(site.app));
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (site != null) {
            site.access.control().close();
        }
    }

    private static Page signedInAt(int width, String path) {
        Page page = chromium.newPage();
        page.setViewportSize(width, 900);
        page.navigate(chromium.url("/sign-in?next=" + path));
        page.getByLabel("Username").fill("alice");
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        return page;
    }

    @Test
    void signing_in_by_the_form_shows_who_is_signed_in_and_signing_out_ends_it() {
        Page page = signedInAt(1280, "/about");

        assertThat(page.url()).endsWith("/about");
        assertThat(page.locator(".app-account").textContent()).contains("Signed in as Alice");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.locator(".app-account").textContent()).contains("Sign in").doesNotContain("Alice");
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"/sign-in, 1280", "/sign-in, 320", "/admin/users, 1280", "/admin/users, 320", "/admin/audit, 1280", "/admin/audit, 320"})
    void the_sign_in_and_admin_pages_meet_wcag_2_2_aa_and_fit_the_width(String path, int width) {
        Page page = path.equals("/sign-in") ? chromium.newPage() : signedInAt(width, path);
        if (path.equals("/sign-in")) {
            page.setViewportSize(width, 900);
            page.navigate(chromium.url(path));
        }
        chromium.screenshot(page, "access" + path.replace('/', '-') + "-" + width);

        assertThat(page.url()).endsWith(path);
        assertThat(chromium.accessibilityViolations(page)).as("axe-core violations on " + path + " at " + width).isEmpty();
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).as("page width").isLessThanOrEqualTo(width);
    }
}
