package uk.org.ncpm.web;

import io.javalin.Javalin;
import uk.org.ncpm.access.AccessControl;
import uk.org.ncpm.catalogue.Catalogue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The site with sign-in on a random port, asked as a browser without JavaScript would: cookies and forms by hand. */
final class SignInSite implements AutoCloseable {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    final Javalin app;
    final SiteAccess access;
    private final HttpClient http = HttpClient.newHttpClient();

    SignInSite(SiteAccess access) {
        this(access, 0);
    }

    SignInSite(SiteAccess access, int port) {
        this.access = access;
        this.app = WebApp.create(Catalogue.bundled(), new Snapshot(List.of(), true), SecurityHeaders.strict(), SiteContact.NONE,
                access).start(port);
    }

    static SignInSite of(AccessControl control) {
        return new SignInSite(SiteAccess.of(control).withInsecureCookieForLocalTests());
    }

    String url(String path) {
        return "http://localhost:" + app.port() + path;
    }

    HttpResponse<String> get(String path, Optional<String> session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
        session.ifPresent(s -> request.header("Cookie", SessionCookie.NAME + "=" + s));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Optional<String> session, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        session.ifPresent(s -> request.header("Cookie", SessionCookie.NAME + "=" + s));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The session id the answer sets, if it sets one. */
    static Optional<String> sessionSet(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(SessionCookie.NAME + "="))
                .map(c -> c.substring(SessionCookie.NAME.length() + 1, c.indexOf(';'))).filter(v -> !v.isEmpty()).findFirst();
    }

    static String token(String page) {
        Matcher m = TOKEN.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no csrf token on the page");
        }
        return m.group(1);
    }

    /** Signs in through the form; the signed-in session's id. */
    String signIn(String username, String password) throws Exception {
        HttpResponse<String> form = get("/sign-in", Optional.empty());
        String before = sessionSet(form).orElseThrow();
        HttpResponse<String> answer = post("/sign-in", Optional.of(before), form("csrf", token(form.body()), "username", username,
                "password", password));
        if (answer.statusCode() != 303) {
            throw new AssertionError("sign-in of " + username + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return sessionSet(answer).orElseThrow();
    }

    static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    @Override
    public void close() {
        app.stop();
        access.control().close();
    }
}
