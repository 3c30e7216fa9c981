package uk.org.ncpm.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * Keeps each successful GET response of the site: the snapshot the site serves is immutable, so a
 * page or API answer for the same address (query and Accept header included) is always the same.
 * Bounded, as addresses with queries are endless: past {@link #MAX_ENTRIES} addresses or
 * {@link #DEFAULT_MAX_BYTES} bytes of bodies, new answers are computed each time, not kept.
 * Javalin makes each answer once ({@link #around}); {@link KeptAnswers} serves it from then on.
 */
final class ResponseCache {

    static final int MAX_ENTRIES = 10_000;
    static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

    /** Bodies this small are not worth compressing (as Javalin's own default). */
    static final int COMPRESS_FROM_BYTES = 1500;

    /**
     * An answer as kept: as made, and gzipped once if it is worth it (as nginx's gzip_static).
     *
     * @param gzipped for clients that accept gzip
     */
    record Kept(Variant plain, Optional<Variant> gzipped) {

        static Kept of(String contentType, String disposition, byte[] body) {
            boolean compress = body.length >= COMPRESS_FROM_BYTES;
            return new Kept(Variant.of(contentType, disposition, compress, false, body),
                    compress ? Optional.of(Variant.of(contentType, disposition, true, true, gzip(body))) : Optional.empty());
        }
    }

    /**
     * One encoding of an answer: the body in a direct buffer that every request reads through its own
     * view, and every header it goes with, encoded once.
     */
    record Variant(ByteBuffer body, List<HttpField> headers) {

        ByteBuffer view() {
            return body.duplicate();
        }

        static Variant of(String contentType, String disposition, boolean varies, boolean gzip, byte[] bytes) {
            List<HttpField> headers = new ArrayList<>();
            SecurityHeaders.ALL.forEach((name, value) -> headers.add(new PreEncodedHttpField(name, value)));
            if (contentType != null) {
                headers.add(new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, contentType));
            }
            if (disposition != null) {
                headers.add(new PreEncodedHttpField(HttpHeader.CONTENT_DISPOSITION, disposition));
            }
            if (varies) {
                headers.add(new PreEncodedHttpField(HttpHeader.VARY, "Accept-Encoding"));
            }
            if (gzip) {
                headers.add(new PreEncodedHttpField(HttpHeader.CONTENT_ENCODING, "gzip"));
            }
            headers.add(new PreEncodedHttpField(HttpHeader.CONTENT_LENGTH, Integer.toString(bytes.length)));
            return new Variant(direct(bytes), List.copyOf(headers));
        }
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final AtomicLong keptBytes = new AtomicLong();
    private final long maxBytes;

    ResponseCache() {
        this(DEFAULT_MAX_BYTES);
    }

    ResponseCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

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
                keep(key, ctx.res().getContentType(), ctx.res().getHeader("Content-Disposition"), body);
            }
        };
    }

    /** Keeps the answer unless the address is kept already or it would take the bodies past the budget. */
    void keep(String key, String contentType, String disposition, byte[] body) {
        if (kept.size() >= MAX_ENTRIES || kept.containsKey(key) || keptBytes.get() + body.length > maxBytes) {
            return;
        }
        Kept answer = Kept.of(contentType, disposition, body);
        long bytes = answer.plain().body().capacity() + answer.gzipped().map(g -> (long) g.body().capacity()).orElse(0L);
        if (kept.putIfAbsent(key, answer) == null) {
            keptBytes.addAndGet(bytes);
        }
    }

    /** Bytes of the bodies kept, gzipped copies included. */
    long keptBytes() {
        return keptBytes.get();
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
