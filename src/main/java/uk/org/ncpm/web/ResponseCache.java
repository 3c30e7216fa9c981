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
            String tag = tag(body);
            return new Kept(Variant.of(contentType, disposition, compress, Optional.empty(), tag, body),
                    compress ? Optional.of(Variant.of(contentType, disposition, true, Optional.of("gzip"), tag + "-gzip", gzip(body)))
                            : Optional.empty());
        }
    }

    /**
     * One encoding of an answer: the body in a direct buffer that every request reads through its own
     * view, every header it goes with encoded once, and its entity tag. Answers say {@code Cache-Control:
     * no-cache}: a client may keep them but asks again each time, and an unchanged answer costs a 304.
     *
     * @param etag        the quoted entity tag, e.g. {@code "3f2a…"} ({@code "3f2a…-gzip"} gzipped)
     * @param notModified the headers of a 304 for it
     */
    record Variant(ByteBuffer body, List<HttpField> headers, String etag, List<HttpField> notModified) {

        ByteBuffer view() {
            return body.duplicate();
        }

        static Variant of(String contentType, String disposition, boolean varies, Optional<String> encoding, String tag,
                          byte[] bytes) {
            String etag = "\"" + tag + "\"";
            List<HttpField> common = new ArrayList<>();
            SecurityHeaders.ALL.forEach((name, value) -> common.add(new PreEncodedHttpField(name, value)));
            common.add(new PreEncodedHttpField(HttpHeader.ETAG, etag));
            common.add(new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, "no-cache"));
            if (varies) {
                common.add(new PreEncodedHttpField(HttpHeader.VARY, "Accept-Encoding"));
            }
            List<HttpField> headers = new ArrayList<>(common);
            if (contentType != null) {
                headers.add(new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, contentType));
            }
            if (disposition != null) {
                headers.add(new PreEncodedHttpField(HttpHeader.CONTENT_DISPOSITION, disposition));
            }
            encoding.ifPresent(e -> headers.add(new PreEncodedHttpField(HttpHeader.CONTENT_ENCODING, e)));
            headers.add(new PreEncodedHttpField(HttpHeader.CONTENT_LENGTH, Integer.toString(bytes.length)));
            return new Variant(direct(bytes), List.copyOf(headers), etag, List.copyOf(common));
        }

        /** If-None-Match names this answer (RFC 9110, 13.1.2: weak comparison, or "*"). */
        boolean matches(String ifNoneMatch) {
            if (ifNoneMatch == null) {
                return false;
            }
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                    return true;
                }
            }
            return false;
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

    /** The first 16 hex digits of the body's SHA-256: the same answer has the same tag after a restart. */
    private static String tag(byte[] body) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(body), 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
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
