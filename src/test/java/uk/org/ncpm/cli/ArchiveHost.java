package uk.org.ncpm.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP server on loopback standing in for data.police.uk (or any publisher): serves files by
 * path with ETag and Last-Modified, answers HEAD, If-None-Match / If-Modified-Since (304) and
 * {@code Range: bytes=N-} (206), and on request cuts a download halfway or answers 503 with
 * Retry-After. Every request is recorded with its headers.
 */
final class ArchiveHost implements AutoCloseable {

    static final String LAST_MODIFIED = "Tue, 01 Oct 2019 09:00:00 GMT";
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

    /** One request as the server saw it; header names in lower case. */
    record Request(String method, String path, Map<String, String> headers) {
        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }
    }

    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final List<Request> requests = new ArrayList<>();
    private final AtomicInteger cuts = new AtomicInteger();
    private final AtomicInteger busy = new AtomicInteger();
    private volatile String retryAfter = "1";

    private ArchiveHost(HttpServer server) {
        this.server = server;
    }

    static ArchiveHost start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ArchiveHost host = new ArchiveHost(server);
        server.createContext("/", host::handle);
        server.start();
        return host;
    }

    String baseUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    ArchiveHost serve(String path, byte[] bytes) {
        files.put(path, bytes);
        return this;
    }

    /** The next {@code n} downloads send half the body, then drop the connection. */
    void cutNext(int n) {
        cuts.set(n);
    }

    /** The next {@code n} requests are answered 503 with this Retry-After. */
    void busyNext(int n, String retryAfterValue) {
        retryAfter = retryAfterValue;
        busy.set(n);
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> requests(String method) {
        return requests().stream().filter(r -> r.method().equals(method)).toList();
    }

    static String etag(byte[] bytes) {
        try {
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16) + "\"";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new java.util.HashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers);
        synchronized (this) {
            requests.add(request);
        }
        try (exchange) {
            if (busy.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                exchange.getResponseHeaders().set("Retry-After", retryAfter);
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            byte[] bytes = files.get(request.path());
            if (bytes == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String etag = etag(bytes);
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.getResponseHeaders().set("Last-Modified", LAST_MODIFIED);
            exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
            if (request.header("If-None-Match").map(etag::equals).orElse(false)
                    || request.header("If-None-Match").isEmpty()
                    && request.header("If-Modified-Since").map(LAST_MODIFIED::equals).orElse(false)) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            if (request.method().equals("HEAD")) {
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            int start = 0;
            Matcher range = RANGE.matcher(request.header("Range").orElse(""));
            boolean partial = range.matches() && request.header("If-Range").map(etag::equals).orElse(true);
            if (partial) {
                start = Integer.parseInt(range.group(1));
                exchange.getResponseHeaders().set("Content-Range", "bytes " + start + "-" + (bytes.length - 1) + "/" + bytes.length);
            }
            exchange.sendResponseHeaders(partial ? 206 : 200, bytes.length - start);
            OutputStream body = exchange.getResponseBody();
            if (cuts.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                body.write(bytes, start, (bytes.length - start) / 2);
                body.flush();
                // Closing with bytes still owed makes the server drop the connection: a cut download.
                return;
            }
            body.write(bytes, start, bytes.length - start);
        } catch (IOException expectedForCutDownloads) {
            // "insufficient bytes written": the connection is closed, which is what the test wants.
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
