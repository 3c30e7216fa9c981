package uk.org.ncpm.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium, headless, driven by Playwright, with axe-core at hand, browsing a running site,
 * which it stops when it closes. The paths come from the failsafe configuration in pom.xml: Chromium
 * from {@code apt-get install chromium}, axe-core from {@code npm ci} in src/test/browser (which
 * Maven runs before the integration tests).
 */
final class HeadlessChromium implements AutoCloseable {

    /** WCAG 2.0, 2.1 and 2.2 at levels A and AA (README.md, "Contributing"); no rule is disabled. */
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final RunningSite site;
    private final Playwright playwright;
    private final Browser browser;
    private final String axe;
    private final Path screenshots;

    private HeadlessChromium(RunningSite site, Playwright playwright, Browser browser, String axe, Path screenshots) {
        this.site = site;
        this.playwright = playwright;
        this.browser = browser;
        this.axe = axe;
        this.screenshots = screenshots;
    }

    /** Chromium for the site; the site is stopped if Chromium cannot be had (or the browser tests are skipped). */
    static HeadlessChromium launch(RunningSite site) throws IOException {
        try {
            return launchFor(site);
        } catch (Throwable cannot) {
            site.close();
            throw cannot;
        }
    }

    private static HeadlessChromium launchFor(RunningSite site) throws IOException {
        Path executable = Path.of(System.getProperty("chromium.executable", "/usr/bin/chromium"));
        Path axe = Path.of(System.getProperty("axe.script", "src/test/browser/node_modules/axe-core/axe.min.js"));
        // On a developer's machine without Chromium the browser tests are skipped, loudly; in CI (.ci/run
        // installs Chromium, and sets CI) a missing browser fails the build, so the check is never lost.
        if (System.getenv("CI") == null) {
            org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(executable),
                    "browser tests skipped: no Chromium at " + executable + " (apt-get install -y chromium)");
        }
        assertThat(executable).as("Chromium for the browser tests: apt-get install chromium").isExecutable();
        assertThat(axe).as("axe-core for the browser tests: run npm ci in src/test/browser (mvn verify does)").isRegularFile();
        Playwright playwright = Playwright.create();
        // --no-sandbox: tests run as root; no background or component-update traffic: the machine has no network.
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(executable)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-background-networking", "--disable-component-update")));
        Path screenshots = Files.createDirectories(Path.of(System.getProperty("screenshots.dir", "target/screenshots")));
        return new HeadlessChromium(site, playwright, browser, Files.readString(axe), screenshots);
    }

    /** The path's address on the site. */
    String url(String path) {
        return site.url(path);
    }

    /** A page in a fresh browser context, at the path on the site. */
    Page open(String path) {
        Page page = newPage();
        page.navigate(url(path));
        return page;
    }

    /** A page in a fresh browser context. */
    Page newPage() {
        return browser.newContext().newPage();
    }

    /** A page in a fresh context with JavaScript off, as some people browse. */
    Page newPageWithoutJavaScript() {
        return browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false)).newPage();
    }

    /**
     * axe-core's WCAG A/AA violations on the page, one line each: rule, impact, help and the nodes.
     * Injected through Playwright rather than a script tag, so the site's CSP stays as served.
     */
    @SuppressWarnings("unchecked")
    List<String> accessibilityViolations(Page page) {
        page.evaluate(axe);
        return (List<String>) page.evaluate("""
                async tags => (await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']}))
                    .violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)
                """, WCAG_TAGS);
    }

    /** Keeps a full-page screenshot as test output: target/screenshots/NAME.png. */
    Path screenshot(Page page, String name) {
        Path file = screenshots.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
        site.close();
    }
}
