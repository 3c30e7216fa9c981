package uk.org.ncpm.web;

import io.javalin.Javalin;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.store.Store;
import uk.org.ncpm.store.StoreException;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

/**
 * The site on a real server on a random port, serving a snapshot, and asked over HTTP as a browser or
 * an API client would ask it. Stopped by {@link #close()}.
 */
public final class RunningSite implements AutoCloseable {

    private final Javalin app;
    private final HttpClient http = HttpClient.newHttpClient();

    private RunningSite(Javalin app) {
        this.app = app;
    }

    /** The bundled catalogue's site serving the snapshot. */
    public static RunningSite of(Snapshot snapshot) {
        return new RunningSite(WebApp.create(Catalogue.bundled(), snapshot).start(0));
    }

    /** The site keeping its answers in this cache (its stats say what was kept and found), without a request log. */
    static RunningSite of(Snapshot snapshot, SiteContact contact) {
        return new RunningSite(WebApp.create(Catalogue.bundled(), snapshot, SecurityHeaders.strict(), contact).start(0));
    }

    static RunningSite of(Snapshot snapshot, ResponseCache cache) {
        return new RunningSite(WebApp.create(Catalogue.bundled(), snapshot, RequestLog.DISCARD, cache).start(0));
    }

    /** A site already started (with sign-in, say); stopped by {@link #close()}. */
    static RunningSite around(Javalin started) {
        return new RunningSite(started);
    }

    /** The bundled catalogue's site serving a snapshot of the store, as `ncpm serve` would. */
    public static RunningSite ofStore(Path store) throws StoreException {
        Snapshot snapshot;
        try (Store opened = Store.open(store, Catalogue.bundled())) {
            snapshot = Snapshot.of(opened);
        }
        return of(snapshot);
    }

    public int port() {
        return app.port();
    }

    /** The path's address on this server. */
    public String url(String path) {
        return "http://localhost:" + port() + path;
    }

    /** A request for the path, without any header yet. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url(path)));
    }

    public <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) throws Exception {
        return http.send(request.build(), body);
    }

    /** GET the path, the answer discarded: for many requests at once. */
    java.util.concurrent.CompletableFuture<HttpResponse<Void>> sendAsync(String path) {
        return http.sendAsync(request(path).build(), HttpResponse.BodyHandlers.discarding());
    }

    /** GET the path with the Accept header, the answer as text. */
    public HttpResponse<String> get(String path, String accept) throws Exception {
        return send(request(path).header("Accept", accept), HttpResponse.BodyHandlers.ofString());
    }

    /** GET the path with the Accept header, the answer as bytes. */
    public HttpResponse<byte[]> getBytes(String path, String accept) throws Exception {
        return send(request(path).header("Accept", accept), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Override
    public void close() {
        app.stop();
    }
}
