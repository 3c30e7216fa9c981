package uk.org.ncpm.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.http.NotFoundResponse;
import uk.org.ncpm.catalogue.Force;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.org.ncpm.catalogue.Catalogue;

import uk.org.ncpm.release.Release;
import uk.org.ncpm.release.ReleaseCalendar;
import java.util.Optional;

import java.time.Instant;
import java.util.Map;

/** The whole site in one place: every route, the security headers, and one error mapper. */
public final class WebApp {

    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    /** The only methods the site answers: it is read-only. OPTIONS says so. */
    static final String ALLOW = "GET, HEAD, OPTIONS";

    private WebApp() {
    }

    public static Javalin create(Catalogue catalogue, Snapshot snapshot) {
        return create(catalogue, snapshot, SecurityHeaders.strict());
    }

    /** The site with these security headers ({@code ncpm serve --hsts} adds one). */
    public static Javalin create(Catalogue catalogue, Snapshot snapshot, SecurityHeaders security) {
        return create(catalogue, snapshot, security, SiteContact.NONE);
    }

    /** The site with these security headers and the operators' contact ({@code ncpm serve --contact-email}). */
    public static Javalin create(Catalogue catalogue, Snapshot snapshot, SecurityHeaders security, SiteContact contact) {
        return create(catalogue, SiteReleases.fixed(catalogue, snapshot), RequestLog.STANDARD_ERROR, new ResponseCache(security,
                ResponseCache.DEFAULT_PAGE_BYTES, ResponseCache.DEFAULT_QUERY_BYTES), contact);
    }

    /** The site of a store's releases: only what is published, each release at its instant ({@code ncpm serve}). */
    public static Javalin create(Catalogue catalogue, SiteReleases releases, SecurityHeaders security, SiteContact contact) {
        return create(catalogue, releases, RequestLog.STANDARD_ERROR, new ResponseCache(security,
                ResponseCache.DEFAULT_PAGE_BYTES, ResponseCache.DEFAULT_QUERY_BYTES), contact);
    }

    /** The site with sign-in, users and the audit log ({@code ncpm serve}); POST is taken only by their forms. */
    public static Javalin create(Catalogue catalogue, SiteReleases releases, SecurityHeaders security, SiteContact contact,
                                 SiteAccess access) {
        return create(catalogue, releases, RequestLog.STANDARD_ERROR, new ResponseCache(security,
                ResponseCache.DEFAULT_PAGE_BYTES, ResponseCache.DEFAULT_QUERY_BYTES), contact, java.util.Optional.of(access));
    }

    /** A snapshot served as it is, with sign-in (tests of the sign-in pages). */
    public static Javalin create(Catalogue catalogue, Snapshot snapshot, SecurityHeaders security, SiteContact contact,
                                 SiteAccess access) {
        return create(catalogue, SiteReleases.fixed(catalogue, snapshot), security, contact, access);
    }

    /** The site with its request log written elsewhere (or nowhere: {@code ncpm publish} crawls it in-process). */
    static Javalin create(Catalogue catalogue, Snapshot snapshot, RequestLog requestLog, SiteContact contact) {
        return create(catalogue, SiteReleases.fixed(catalogue, snapshot), requestLog, new ResponseCache(), contact);
    }

    static Javalin create(Catalogue catalogue, SiteReleases releases, RequestLog requestLog, SiteContact contact) {
        return create(catalogue, releases, requestLog, new ResponseCache(), contact);
    }

    /** The site keeping its answers in this cache (tests read its stats). */
    static Javalin create(Catalogue catalogue, Snapshot snapshot, RequestLog requestLog, ResponseCache cache) {
        return create(catalogue, SiteReleases.fixed(catalogue, snapshot), requestLog, cache, SiteContact.NONE);
    }

    private static Javalin create(Catalogue catalogue, SiteReleases releases, RequestLog requestLog, ResponseCache cache,
                                  SiteContact contact) {
        return create(catalogue, releases, requestLog, cache, contact, java.util.Optional.empty());
    }

    private static Javalin create(Catalogue catalogue, SiteReleases releases, RequestLog requestLog, ResponseCache cache,
                                  SiteContact contact, java.util.Optional<SiteAccess> access) {
        byte[] openApi = OpenApiDocument.json(catalogue);
        SecurityHeaders security = cache.security();
        cache.filedUnder(() -> releases.edition(releases.clock().instant()));
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.modifyServer(server -> {
                server.setHandler(new KeptAnswers(cache, requestLog));
                server.setErrorHandler(new JettyErrorPage(security, (status, message) -> errorPage(status, message,
                        releases.latest(releases.clock().instant()).snapshot().sample())));
            });
            Site site = new Site(config, cache, releases, catalogue, access);
            site.page("/", (ctx, v) -> site.render(ctx, v, "overview.jte", Map.of("page", OverviewPage.of(catalogue, v.snapshot()))));
            site.page("/measures", (ctx, v) -> site.render(ctx, v, "measures.jte", Map.of("page", MeasuresIndex.of(catalogue, v.snapshot().sample()))));
            site.page("/forces", (ctx, v) -> site.render(ctx, v, "forces.jte", Map.of("page",
                    ForcesIndex.of(catalogue, java.util.Optional.ofNullable(ctx.queryParam("q")), v.snapshot().sample()))));
            site.page("/forces/{force}", (ctx, v) -> {
                Force force = catalogue.forces().find(ctx.pathParam("force"))
                        .orElseThrow(() -> new NotFoundResponse("There is no police force called '" + ctx.pathParam("force")
                                + "'. Forces are found by their ONS code (e.g. E23000003) or data.police.uk name (e.g. lancashire)."));
                site.render(ctx, v, "force.jte", Map.of("page", ForcePage.of(catalogue, force, v.snapshot())));
            });
            site.page("/measures/{measure}", (ctx, v) -> site.render(ctx, v, "measure.jte", Map.of("page", MeasurePage.of(catalogue, ctx.pathParam("measure"), v.snapshot()))));
            site.page("/data", (ctx, v) -> site.render(ctx, v, "data.jte", Map.of("page", DataPage.of(catalogue, v.snapshot()))));
            site.page(ApiReference.PATH, (ctx, v) -> site.render(ctx, v, "apiReference.jte", Map.of("page", ApiReference.of(catalogue, v.snapshot().sample()))));
            site.page("/about", (ctx, v) -> site.render(ctx, v, "about.jte", Map.of("sample", v.snapshot().sample(), "catalogueVersion", catalogue.version())));
            site.page("/accessibility", (ctx, v) -> site.render(ctx, v, "accessibility.jte", Map.of("sample", v.snapshot().sample(), "contact", contact)));
            site.page("/feedback", (ctx, v) -> site.render(ctx, v, "feedback.jte", Map.of("sample", v.snapshot().sample(), "contact", contact)));
            if (releases.released()) {
                get(config, cache, "/releases", ctx -> {
                    ReleaseView latest = releases.latest(releases.clock().instant());
                    site.render(ctx, latest, "releases.jte", Map.of("page", ReleasesPage.of(releases.calendar(releases.clock().instant()), latest.snapshot().sample())));
                });
                get(config, cache, ReleaseLinks.PREFIX + "/changes", ctx -> {
                    ReleaseView v = site.ofRelease(ctx);
                    Release release = v.release().orElseThrow();
                    Optional<Release> previous = releases.calendar(releases.clock().instant()).previous(release);
                    site.render(ctx, v, "releaseChanges.jte", Map.of("page", ReleaseChanges.of(catalogue, release, v.snapshot(),
                            previous, previous.flatMap(p -> releases.view(p.id())).map(ReleaseView::snapshot))));
                });
            }
            // the catalogue is the same in every release; a release's pages link to it under their own address
            for (String format : new String[] {"", ".json", ".csv"}) {
                site.page("/api/v1/measures" + format, (ctx, v) -> CatalogueApi.measures(ctx, catalogue));
                site.page("/api/v1/forces" + format, (ctx, v) -> CatalogueApi.forces(ctx, catalogue));
            }
            // {id} and {code} may end .json or .csv: /api/v1/forces/gwent.csv
            site.page("/api/v1/measures/{id}", (ctx, v) -> CatalogueApi.measure(ctx, catalogue));
            site.page("/api/v1/forces/{code}", (ctx, v) -> CatalogueApi.force(ctx, catalogue));
            for (String path : new String[] {"/api/v1/forces/{code}/diagnostics", "/api/v1/forces/{code}/diagnostics.json",
                    "/api/v1/forces/{code}/diagnostics.csv"}) {
                site.page(path, (ctx, v) -> v.diagnostics().diagnostics(ctx));
            }
            for (String path : new String[] {"/api/v1/coverage", "/api/v1/coverage.json", "/api/v1/coverage.csv",
                    "/api/v1/coverage/{area}.json", "/api/v1/coverage/{area}.csv"}) {
                site.page(path, (ctx, v) -> v.diagnostics().coverage(ctx));
            }
            // Path-style filters: the same files on the dynamic and on the static site (ncpm publish)
            for (String path : new String[] {"/api/v1/figures", "/api/v1/figures.json", "/api/v1/figures.csv",
                    "/api/v1/figures/{metric}.json", "/api/v1/figures/{metric}.csv",
                    "/api/v1/periods/{period}/figures.json", "/api/v1/periods/{period}/figures.csv"}) {
                site.page(path, (ctx, v) -> v.figures().figures(ctx));
            }
            // The suffixed paths first: {area} alone would also match "K04000001.csv"
            for (String suffix : new String[] {"{metric}/{area}.json", "{metric}/{area}.csv", "{metric}/{area}"}) {
                site.page(SeriesApi.PATH + suffix, (ctx, v) -> v.series().series(ctx));
            }
            get(config, cache, OpenApiDocument.PATH, ctx -> {
                ctx.contentType("application/json");
                ctx.result(openApi);
            });
            get(config, cache, "/stylesheets/govuk-frontend.min.css", Assets::stylesheet);
            get(config, cache, "/stylesheets/app.css", Assets::appStylesheet);
            get(config, cache, "/assets/*", Assets::asset);
            config.routes.before(ctx -> security.forEach(ctx::header));
            // sign-in (issue 13): the forms take POST; the visitor is known to every handler (Visitor.of)
            access.ifPresent(a -> AccessRoutes.add(config, a, catalogue));
            config.routes.before(ctx -> onlyReading(ctx, access.isPresent()));
            config.routes.before(WebApp::varyByAccept);
            config.routes.before(WebApp::wellFormedAddress);
            config.routes.after(ctx -> requestLog.line(ctx.method().name(), ctx.path(), ctx.statusCode()));
            config.events.serverStopped(requestLog::flush);
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, releases, e.getStatus(),
                    // Javalin's own "Endpoint GET /x not found" is for developers; say it for people.
                    e.getStatus() == 404 && e.getMessage().startsWith("Endpoint ")
                            ? "There is no page at " + ctx.path() + "." : e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("unexpected failure on {}", ctx.path(), e);
                error(ctx, releases, 500, "Something went wrong on our side; the error has been logged.");
            });
        });
    }

    /** A handler of one release's page or answer. */
    @FunctionalInterface
    interface ViewHandler {
        void handle(Context ctx, ReleaseView view) throws Exception;
    }

    /**
     * The routes that show figures: each at its own address for the latest published release, and under
     * {@code /releases/{id}} for any published release (docs/architecture.md, "Releases on the site").
     */
    private record Site(io.javalin.config.JavalinConfig config, ResponseCache cache, SiteReleases releases, Catalogue catalogue,
                        java.util.Optional<SiteAccess> access) {

        void page(String path, ViewHandler handler) {
            get(config, cache, path, ctx -> handler.handle(ctx, releases.latest(releases.clock().instant())));
            if (releases.released()) {
                get(config, cache, ReleaseLinks.PREFIX + (path.equals("/") ? "" : path), ctx -> handler.handle(ctx, ofRelease(ctx)));
            }
        }

        /** The page, with the notice of the release it shows (which, published when, the next due). */
        void render(Context ctx, ReleaseView view, String template, Map<String, Object> params) {
            String page = html(template, params);
            if (view.release().isPresent()) {
                page = ReleaseNotice.insert(page, view.release().get(), releases.calendar(releases.clock().instant()));
                if (ctx.pathParamMap().containsKey("release")) {
                    page = ReleaseLinks.within(page, view.release().get().id());
                }
            } else if (releases.released()) {
                page = ReleaseNotice.nothingPublished(page, releases.calendar(releases.clock().instant()));
            }
            ctx.html(page.replace(ReleaseNotice.MARK, ""));
        }

        /**
         * The release a {@code /releases/{id}/…} address names: a published one to anyone; a scheduled one only to a
         * signed-in person whose pre-release access covers the page, each view recorded; otherwise not found.
         */
        ReleaseView ofRelease(Context ctx) {
            String id = ctx.pathParam("release");
            Instant now = releases.clock().instant();
            Optional<Release> release = releases.calendar(now).find(id);
            NotFoundResponse none = new NotFoundResponse("There is no published release '" + id
                    + "'. The published releases are listed at /releases.");
            if (release.isEmpty() || releases.view(id).isEmpty()) {
                throw none;
            }
            if (release.get().isPublished(now)) {
                return releases.view(id).get();
            }
            Optional<uk.org.ncpm.access.User> user = access.isPresent() ? Visitor.of(ctx).user() : Optional.empty();
            if (user.isEmpty() || release.get().status(now) != uk.org.ncpm.release.ReleaseStatus.SCHEDULED) {
                throw none;
            }
            boolean allowed = PreReleaseScope.allows(catalogue, user.get(), ctx.endpoint().path, ctx.pathParamMap());
            access.get().control().record(uk.org.ncpm.access.AuditEvent.actorOf(user.get()), "prerelease.view", ctx.path(),
                    "release " + id, allowed ? uk.org.ncpm.access.AuditOutcome.SUCCESS : uk.org.ncpm.access.AuditOutcome.DENIED, ctx.ip());
            if (!allowed) {
                throw new io.javalin.http.ForbiddenResponse(PreReleaseScope.refusal(user.get()));
            }
            return releases.view(id).get();
        }
    }

    /** Every page and API answer depends only on the immutable snapshot: kept after the first request. */
    private static void get(io.javalin.config.JavalinConfig config, ResponseCache cache, String path, io.javalin.http.Handler handler) {
        config.routes.get(path, cache.around(handler));
        // HEAD gives the same headers as GET (link checkers, curl -I); Jetty sends no body for it
        config.routes.head(path, cache.around(handler));
    }

    /** The site only reads: other methods are a 405 that names the ones it answers, OPTIONS a 204 with them. */
    private static void onlyReading(Context ctx, boolean signIn) {
        String method = ctx.req().getMethod();
        if (method.equals("GET") || method.equals("HEAD") || signIn && method.equals("POST") && AccessRoutes.takesPost(ctx.path())) {
            return;
        }
        ctx.header("Allow", ALLOW);
        if (method.equals("OPTIONS")) {
            ctx.status(204);
            ctx.skipRemainingHandlers();
            return;
        }
        throw new MethodNotAllowedResponse("This site only answers " + ALLOW + "; " + method + " is not one of them.");
    }

    /** Where the Accept header chooses JSON or CSV, a shared cache must not give a JSON client the CSV answer. */
    private static void varyByAccept(Context ctx) {
        if (ApiFormat.negotiates(ctx.path())) {
            ctx.header("Vary", "Accept");
        }
    }

    /** A % must start an escape: "?metric=homicide%" is a mistake to point out, not to ignore. */
    private static void wellFormedAddress(Context ctx) {
        if (!PercentEncoding.wellFormed(ctx.path())) {
            throw new BadRequestResponse(malformed("address", ctx.path()));
        }
        if (!PercentEncoding.wellFormed(ctx.queryString())) {
            throw new BadRequestResponse(malformed("query", ctx.queryString()));
        }
    }

    private static String malformed(String part, String value) {
        String shown = value.length() > 80 ? value.substring(0, 80) + "…" : value;
        return "The " + part + " '" + shown + "' has a % that is not followed by two hexadecimal digits. "
                + "In an address, write % as %25 and a space as %20.";
    }

    /** JSON for the API and for clients that ask for it; the GOV.UK error page otherwise. */
    private static void error(Context ctx, SiteReleases releases, int status, String message) {
        boolean sample = releases.latest(releases.clock().instant()).snapshot().sample();
        ctx.status(status);
        boolean api = ctx.path().startsWith("/api/") || String.valueOf(ctx.header("Accept")).contains("application/json");
        if (!ctx.path().startsWith("/api/")) {
            ctx.header("Vary", "Accept"); // the page or JSON, by the Accept header
        }
        if (api) {
            Map<String, Object> body = new java.util.LinkedHashMap<>();
            body.put("status", status);
            body.put("message", message);
            ctx.json(body);
        } else {
            ctx.html(errorPage(status, message, sample));
            ctx.status(status);
        }
    }

    static String html(String template, Map<String, Object> params) {
        StringOutput output = new StringOutput();
        TEMPLATES.render(template, params, output);
        return output.toString();
    }

    /** The GOV.UK error page for a status, with the message that says what to do. */
    static String errorPage(int status, String message, boolean sample) {
        String title = status == 404 ? "Page not found" : status < 500 ? "There is a problem with the request"
                : "Sorry, there is a problem with the service";
        return html("error.jte", Map.of("status", status, "title", title, "message", message, "sample", sample))
                .replace(ReleaseNotice.MARK, "");
    }

    /** The 404 page for a static host to serve at any address it has no file for (ncpm publish writes it as 404.html). */
    static String notFoundPage(boolean sample) {
        return errorPage(404, "There is no page at this address.", sample);
    }

}
