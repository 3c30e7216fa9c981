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
        return create(catalogue, snapshot, RequestLog.STANDARD_ERROR, new ResponseCache(security,
                ResponseCache.DEFAULT_PAGE_BYTES, ResponseCache.DEFAULT_QUERY_BYTES), contact);
    }

    /** The site with sign-in, users and the audit log ({@code ncpm serve}); POST is taken only by their forms. */
    public static Javalin create(Catalogue catalogue, Snapshot snapshot, SecurityHeaders security, SiteContact contact,
                                 SiteAccess access) {
        return create(catalogue, snapshot, RequestLog.STANDARD_ERROR, new ResponseCache(security,
                ResponseCache.DEFAULT_PAGE_BYTES, ResponseCache.DEFAULT_QUERY_BYTES), contact, java.util.Optional.of(access));
    }

    /** The site with its request log written elsewhere (or nowhere: {@code ncpm publish} crawls it in-process). */
    static Javalin create(Catalogue catalogue, Snapshot snapshot, RequestLog requestLog, SiteContact contact) {
        return create(catalogue, snapshot, requestLog, new ResponseCache(), contact);
    }

    /** The site keeping its answers in this cache (tests read its stats). */
    static Javalin create(Catalogue catalogue, Snapshot snapshot, RequestLog requestLog, ResponseCache cache) {
        return create(catalogue, snapshot, requestLog, cache, SiteContact.NONE);
    }

    private static Javalin create(Catalogue catalogue, Snapshot snapshot, RequestLog requestLog, ResponseCache cache,
                                  SiteContact contact) {
        return create(catalogue, snapshot, requestLog, cache, contact, java.util.Optional.empty());
    }

    private static Javalin create(Catalogue catalogue, Snapshot snapshot, RequestLog requestLog, ResponseCache cache,
                                  SiteContact contact, java.util.Optional<SiteAccess> access) {
        FiguresApi figures = new FiguresApi(catalogue, snapshot);
        SeriesApi series = new SeriesApi(catalogue, snapshot);
        DiagnosticsApi diagnostics = new DiagnosticsApi(catalogue, snapshot);
        byte[] openApi = OpenApiDocument.json(catalogue);
        SecurityHeaders security = cache.security();
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.modifyServer(server -> {
                server.setHandler(new KeptAnswers(cache, requestLog));
                server.setErrorHandler(new JettyErrorPage(security, (status, message) -> errorPage(status, message, snapshot.sample())));
            });
            get(config, cache, "/", ctx -> render(ctx, "overview.jte", Map.of("page", OverviewPage.of(catalogue, snapshot))));
            get(config, cache, "/measures", ctx -> render(ctx, "measures.jte", Map.of("page", MeasuresIndex.of(catalogue, snapshot.sample()))));
            get(config, cache, "/forces", ctx -> render(ctx, "forces.jte", Map.of("page",
                    ForcesIndex.of(catalogue, java.util.Optional.ofNullable(ctx.queryParam("q")), snapshot.sample()))));
            get(config, cache, "/forces/{force}", ctx -> {
                Force force = catalogue.forces().find(ctx.pathParam("force"))
                        .orElseThrow(() -> new NotFoundResponse("There is no police force called '" + ctx.pathParam("force")
                                + "'. Forces are found by their ONS code (e.g. E23000003) or data.police.uk name (e.g. lancashire)."));
                render(ctx, "force.jte", Map.of("page", ForcePage.of(catalogue, force, snapshot)));
            });
            get(config, cache, "/measures/{measure}", ctx -> render(ctx, "measure.jte", Map.of("page", MeasurePage.of(catalogue, ctx.pathParam("measure"), snapshot))));
            get(config, cache, "/data", ctx -> render(ctx, "data.jte", Map.of("page", DataPage.of(catalogue, snapshot))));
            ApiReference apiReference = ApiReference.of(catalogue, snapshot.sample());
            get(config, cache, ApiReference.PATH, ctx -> render(ctx, "apiReference.jte", Map.of("page", apiReference)));
            get(config, cache, "/about", ctx -> render(ctx, "about.jte", Map.of("sample", snapshot.sample(), "catalogueVersion", catalogue.version())));
            get(config, cache, "/accessibility", ctx -> render(ctx, "accessibility.jte", Map.of("sample", snapshot.sample(), "contact", contact)));
            get(config, cache, "/feedback", ctx -> render(ctx, "feedback.jte", Map.of("sample", snapshot.sample(), "contact", contact)));
            for (String format : new String[] {"", ".json", ".csv"}) {
                get(config, cache, "/api/v1/measures" + format, ctx -> CatalogueApi.measures(ctx, catalogue));
                get(config, cache, "/api/v1/forces" + format, ctx -> CatalogueApi.forces(ctx, catalogue));
            }
            // {id} and {code} may end .json or .csv: /api/v1/forces/gwent.csv
            get(config, cache, "/api/v1/measures/{id}", ctx -> CatalogueApi.measure(ctx, catalogue));
            get(config, cache, "/api/v1/forces/{code}", ctx -> CatalogueApi.force(ctx, catalogue));
            get(config, cache, "/api/v1/forces/{code}/diagnostics", diagnostics::diagnostics);
            get(config, cache, "/api/v1/forces/{code}/diagnostics.json", diagnostics::diagnostics);
            get(config, cache, "/api/v1/forces/{code}/diagnostics.csv", diagnostics::diagnostics);
            get(config, cache, "/api/v1/coverage", diagnostics::coverage);
            get(config, cache, "/api/v1/coverage.json", diagnostics::coverage);
            get(config, cache, "/api/v1/coverage.csv", diagnostics::coverage);
            get(config, cache, "/api/v1/coverage/{area}.json", diagnostics::coverage);
            get(config, cache, "/api/v1/coverage/{area}.csv", diagnostics::coverage);
            get(config, cache, "/api/v1/figures", figures::figures);
            get(config, cache, "/api/v1/figures.json", figures::figures);
            get(config, cache, "/api/v1/figures.csv", figures::figures);
            // Path-style filters: the same files on the dynamic and on the static site (ncpm publish)
            get(config, cache, "/api/v1/figures/{metric}.json", figures::figures);
            get(config, cache, "/api/v1/figures/{metric}.csv", figures::figures);
            get(config, cache, "/api/v1/periods/{period}/figures.json", figures::figures);
            get(config, cache, "/api/v1/periods/{period}/figures.csv", figures::figures);
            // The suffixed paths first: {area} alone would also match "K04000001.csv"
            get(config, cache, SeriesApi.PATH + "{metric}/{area}.json", series::series);
            get(config, cache, SeriesApi.PATH + "{metric}/{area}.csv", series::series);
            get(config, cache, SeriesApi.PATH + "{metric}/{area}", series::series);
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
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, snapshot.sample(), e.getStatus(),
                    // Javalin's own "Endpoint GET /x not found" is for developers; say it for people.
                    e.getStatus() == 404 && e.getMessage().startsWith("Endpoint ")
                            ? "There is no page at " + ctx.path() + "." : e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("unexpected failure on {}", ctx.path(), e);
                error(ctx, snapshot.sample(), 500, "Something went wrong on our side; the error has been logged.");
            });
        });
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
    private static void error(Context ctx, boolean sample, int status, String message) {
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

    private static void render(Context ctx, String template, Map<String, Object> params) {
        ctx.html(html(template, params));
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
        return html("error.jte", Map.of("status", status, "title", title, "message", message, "sample", sample));
    }

    /** The 404 page for a static host to serve at any address it has no file for (ncpm publish writes it as 404.html). */
    static String notFoundPage(boolean sample) {
        return errorPage(404, "There is no page at this address.", sample);
    }

}
