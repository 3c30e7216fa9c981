package uk.org.ncpm.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps each successful GET response of the site: the snapshot the site serves is immutable, so a
 * page or API answer for the same address (query and Accept header included) is always the same.
 * Bounded: past {@link #MAX_ENTRIES} addresses, new answers are computed each time, not kept.
 * Javalin makes each answer once ({@link #around}); {@link KeptAnswers} serves it from then on.
 */
final class ResponseCache {

    static final int MAX_ENTRIES = 10_000;

    /** An answer as kept: the body in a direct buffer that every request reads through its own view. */
    record Kept(String contentType, String disposition, ByteBuffer body) {
        ByteBuffer view() {
            return body.asReadOnlyBuffer();
        }
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    /** The same key for Javalin's view of a request and Jetty's: raw path, raw query, Accept header. */
    static String key(String path, String query, String accept) {
        return path + "?" + (query == null ? "" : query) + "|" + (accept == null ? "" : accept);
    }

    Optional<Kept> find(String key) {
        return Optional.ofNullable(kept.get(key));
    }

    Handler around(Handler handler) {
        return ctx -> {
            String key = key(ctx.path(), ctx.queryString(), ctx.header("Accept"));
            handler.handle(ctx);
            if (ctx.statusCode() == 200 && kept.size() < MAX_ENTRIES) {
                byte[] body = read(ctx.resultInputStream());
                ctx.result(body);
                kept.putIfAbsent(key, new Kept(ctx.res().getContentType(), ctx.res().getHeader("Content-Disposition"),
                        ByteBuffer.allocateDirect(body.length).put(body).flip()));
            }
        };
    }

    private static byte[] read(InputStream in) throws IOException {
        if (in == null) {
            return new byte[0];
        }
        try (in) {
            return in.readAllBytes();
        }
    }
}
