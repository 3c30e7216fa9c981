package uk.org.ncpm.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

/**
 * Keeps each successful GET response of the site: the snapshot the site serves is immutable, so a
 * page or API answer for the same address (query and Accept header included) is always the same.
 * Bounded: past {@link #MAX_ENTRIES} addresses, new answers are computed each time, not kept.
 * Javalin makes each answer once ({@link #around}); {@link KeptAnswers} serves it from then on.
 */
final class ResponseCache {

    static final int MAX_ENTRIES = 10_000;

    /** Bodies this small are not worth compressing (as Javalin's own default). */
    static final int COMPRESS_FROM_BYTES = 1500;

    /**
     * An answer as kept: the body, and gzipped once if it is worth it (as nginx's gzip_static), each in
     * a direct buffer that every request reads through its own view.
     */
    record Kept(String contentType, String disposition, ByteBuffer body, Optional<ByteBuffer> gzipped) {
        ByteBuffer view(boolean gzip) {
            return (gzip && gzipped.isPresent() ? gzipped.get() : body).asReadOnlyBuffer();
        }

        static Kept of(String contentType, String disposition, byte[] body) {
            return new Kept(contentType, disposition, direct(body),
                    body.length < COMPRESS_FROM_BYTES ? Optional.empty() : Optional.of(direct(gzip(body))));
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
                kept.putIfAbsent(key, Kept.of(ctx.res().getContentType(), ctx.res().getHeader("Content-Disposition"), body));
            }
        };
    }

    private static ByteBuffer direct(byte[] bytes) {
        return ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip in memory failed", e);
        }
        return out.toByteArray();
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
