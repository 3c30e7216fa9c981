package uk.org.ncpm.web;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The crawler on small made-up sites: what it follows, what it rewrites, what it refuses. */
class StaticSiteTest {

    private static final String NOT_FOUND = "<html><head><link href=\"/css/style.css\" rel=\"stylesheet\"></head><body>Not found</body></html>";
    private static final String OPENAPI = "{\"openapi\":\"3.0.3\",\"paths\":{"
            + "\"/api/items\":{\"get\":{}},"
            + "\"/api/items/{id}.json\":{\"get\":{\"parameters\":[{\"$ref\":\"#/components/parameters/id\"}]}},"
            + "\"/api/free/{name}\":{\"get\":{\"parameters\":[{\"name\":\"name\",\"in\":\"path\",\"schema\":{\"type\":\"string\"}}]}},"
            + "\"/api/post-only\":{\"post\":{}}},"
            + "\"components\":{\"parameters\":{\"id\":{\"name\":\"id\",\"in\":\"path\",\"schema\":{\"enum\":[\"a\",\"b\"]}}}}}";

    @TempDir
    Path dir;
    private Javalin app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void follows_links_stylesheets_and_the_openapi_paths_and_rewrites_only_what_a_static_server_would_miss() throws Exception {
        serve(routes -> {
            routes.put("/", "<a href=\"/things/one\">1</a> <a href=\"/things/two#top\">2</a> <a href=\"/api/items.csv?kind=x&amp;n=1\">csv</a>"
                    + " <a href=\"/api/items\">json</a> <a href=\"https://example.org/\">out</a> <a href=\"mailto:a@b.c\">mail</a>"
                    + " <a href=\"#main\">skip</a>");
            routes.put("/things/one", "<a href=\"two\">sibling</a> <a href=\"/\">home</a> <img src=\"/img/dot.svg\">");
            routes.put("/things/two", "<link rel=\"stylesheet\" href=\"/css/style.css\"><a href=\"?page=2\">next</a>");
            routes.put("/things/two?page=2", "<a href=\"/things/two\">first</a> <form action=\"/search\"><input name=q></form>");
        });

        StaticSite site = StaticSite.crawl(origin(), NOT_FOUND);
        Map<String, String> files = site.files().stream().collect(Collectors.toMap(StaticSite.File::path, StaticSite.File::address));

        assertThat(files).containsOnlyKeys("index.html", "things/one/index.html", "things/two/index.html",
                "things/two_page-2/index.html", "api/items_kind-x_n-1.csv", "api/items.json", "api/items/a.json", "api/items/b.json",
                "api/openapi.json", "css/style.css", "img/dot.svg", "fonts/f.woff2", "404.html");
        assertThat(files.get("things/two_page-2/index.html")).isEqualTo("/things/two?page=2");
        site.writeTo(dir);
        assertThat(dir.resolve("index.html")).content(StandardCharsets.UTF_8)
                .contains("href=\"/things/one\"").contains("href=\"/things/two#top\"")
                .contains("href=\"/api/items_kind-x_n-1.csv\"").contains("href=\"/api/items.json\"")
                .contains("href=\"https://example.org/\"").contains("href=\"mailto:a@b.c\"").contains("href=\"#main\"");
        // a relative link from /things/one, which a static server shows at /things/one/, is made root-relative
        assertThat(dir.resolve("things/one/index.html")).content(StandardCharsets.UTF_8)
                .isEqualTo("<a href=\"/things/two\">sibling</a> <a href=\"/\">home</a> <img src=\"/img/dot.svg\">");
        assertThat(dir.resolve("things/two/index.html")).content(StandardCharsets.UTF_8).contains("href=\"/things/two_page-2/\"");
        assertThat(dir.resolve("css/style.css")).content(StandardCharsets.UTF_8).contains("url(../fonts/f.woff2)");
        assertThat(site.rewrittenReferences()).isEqualTo(4);
        assertThat(site.warnings()).containsExactly("/things/two?page=2 has a form, which a static copy cannot answer");
        assertThat(dir.resolve(StaticSite.MANIFEST)).content(StandardCharsets.UTF_8).contains("things/one/index.html");
    }

    @Test
    void a_reference_that_does_not_answer_fails_the_whole_copy_naming_the_pages_that_hold_it() throws Exception {
        serve(routes -> {
            routes.put("/", "<a href=\"/gone\">gone</a> <a href=\"/moved\">moved</a> <a href=\"/ok\">ok</a>");
            routes.put("/ok", "<a href=\"/gone\">gone again</a>");
        });

        assertThatThrownBy(() -> StaticSite.crawl(origin(), NOT_FOUND))
                .isInstanceOfSatisfying(StaticSite.Incomplete.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "/gone answers 404; referred to from /, /ok",
                        "/moved redirects to /ok, which a static copy cannot do; referred to from /"));
    }

    private void serve(Consumer<Map<String, String>> pages) {
        Map<String, String> routes = new java.util.LinkedHashMap<>();
        pages.accept(routes);
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/*", ctx -> {
                String key = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
                switch (ctx.path()) {
                    case "/css/style.css" -> ctx.contentType("text/css").result("body{background:url(../fonts/f.woff2)}");
                    case "/fonts/f.woff2" -> ctx.contentType("font/woff2").result(new byte[]{1, 2});
                    case "/img/dot.svg" -> ctx.contentType("image/svg+xml").result("<svg/>");
                    case "/api/openapi.json" -> ctx.contentType("application/json").result(OPENAPI);
                    case "/api/items", "/api/items/a.json", "/api/items/b.json" -> ctx.json(Map.of("path", ctx.path()));
                    case "/api/items.csv" -> ctx.contentType("text/csv").result("kind,n\r\n" + ctx.queryParam("kind") + "," + ctx.queryParam("n"));
                    case "/moved" -> ctx.redirect("/ok");
                    default -> {
                        if (routes.containsKey(key)) {
                            ctx.html(routes.get(key));
                        } else {
                            ctx.status(404).result("no");
                        }
                    }
                }
            });
        }).start("127.0.0.1", 0);
    }

    private String origin() {
        return "http://127.0.0.1:" + app.port();
    }
}
