package uk.org.ncpm.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * GOV.UK Frontend's stylesheet and assets, served from its WebJar on the classpath. Its CSS refers
 * to fonts and images under {@code /assets/...}; Javalin's static-files config refuses folders
 * this deep inside a jar, hence a small route.
 */
final class Assets {

    private static final String DIST = "/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/";
    private static final Map<String, String> TYPES = Map.of("css", "text/css", "woff2", "font/woff2", "woff", "font/woff",
            "png", "image/png", "svg", "image/svg+xml", "ico", "image/x-icon", "json", "application/json");

    private Assets() {
    }

    static void stylesheet(Context ctx) throws IOException {
        serve(ctx, DIST + "govuk-frontend.min.css");
    }

    /** Our own stylesheet: a file, not inline styles, which the Content-Security-Policy forbids. */
    static void appStylesheet(Context ctx) throws IOException {
        serve(ctx, "/uk/org/ncpm/web/app.css");
    }

    static void asset(Context ctx) throws IOException {
        String path = ctx.path().substring("/assets/".length());
        if (path.contains("..") || path.startsWith("/")) {
            throw new NotFoundResponse("no such asset");
        }
        serve(ctx, DIST + "assets/" + path);
    }

    private static void serve(Context ctx, String resource) throws IOException {
        InputStream in = Assets.class.getResourceAsStream(resource);
        if (in == null) {
            throw new NotFoundResponse("no such asset");
        }
        String extension = resource.substring(resource.lastIndexOf('.') + 1);
        ctx.contentType(TYPES.getOrDefault(extension, "application/octet-stream"));
        ctx.header("Cache-Control", "public, max-age=86400");
        try (in) {
            ctx.result(in.readAllBytes());
        }
    }
}
