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
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * Keeps each successful GET response of the site: the snapshot the site serves is immutable, so the
 * answer for one address ({@link AnswerAddress}: path, query, negotiated format) is always the same.
 * Two shelves, each bounded by bytes and dropping the least recently used answer first: one for
 * addresses without a query (the pages and files of the site, a bounded set) and one for addresses
 * with a query (endless: a flood of made-up queries only churns its own shelf, issue 12).
 * Javalin makes each answer once ({@link #around}); {@link KeptAnswers} serves it from then on.
 */
final class ResponseCache {

    static final long DEFAULT_PAGE_BYTES = 192L * 1024 * 1024;
    static final long DEFAULT_QUERY_BYTES = 64L * 1024 * 1024;

    /** Bodies this small are not worth compressing (as Javalin's own default). */
    static final int COMPRESS_FROM_BYTES = 1500;

    /** Held per address besides the answer's bodies and headers: the address record, map entries, roughly. */
    static final int ENTRY_OVERHEAD_BYTES = 256;

    /**
     * An answer as kept: as made, and gzipped once if it is worth it (as nginx's gzip_static).
     *
     * @param gzipped  for clients that accept gzip
     * @param identity the body's tag and the headers it goes with: two addresses with the same identity share one Kept
     */
    record Kept(Variant plain, Optional<Variant> gzipped, String identity) {

        /**
         * @param negotiated the format was chosen by the Accept header: the answer says {@code Vary: Accept}
         */
        static Kept of(String contentType, String disposition, byte[] body, boolean negotiated, SecurityHeaders security) {
            boolean compress = body.length >= COMPRESS_FROM_BYTES;
            String tag = tag(body);
            String vary = vary(negotiated, compress);
            return new Kept(Variant.of(contentType, disposition, vary, Optional.empty(), tag, body, security),
                    compress ? Optional.of(Variant.of(contentType, disposition, vary, Optional.of("gzip"), tag + "-gzip", gzip(body), security))
                            : Optional.empty(),
                    tag + "|" + contentType + "|" + disposition + "|" + vary);
        }

        /** Bytes held: bodies and encoded headers of both variants. */
        long bytes() {
            return plain.bytes() + gzipped.map(Variant::bytes).orElse(0L);
        }
    }

    /** The Vary header of an answer, or null: Accept where the header chose the format, Accept-Encoding where it is gzipped. */
    static String vary(boolean negotiated, boolean compressed) {
        if (negotiated) {
            return compressed ? "Accept, Accept-Encoding" : "Accept";
        }
        return compressed ? "Accept-Encoding" : null;
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

        static Variant of(String contentType, String disposition, String vary, Optional<String> encoding, String tag,
                          byte[] bytes, SecurityHeaders security) {
            String etag = "\"" + tag + "\"";
            List<HttpField> common = new ArrayList<>();
            security.forEach((name, value) -> common.add(new PreEncodedHttpField(name, value)));
            common.add(new PreEncodedHttpField(HttpHeader.ETAG, etag));
            common.add(new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, "no-cache"));
            if (vary != null) {
                common.add(new PreEncodedHttpField(HttpHeader.VARY, vary));
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

        long bytes() {
            long fields = 0;
            for (HttpField field : headers) {
                fields += field.getName().length() + field.getValue().length() + 4;
            }
            for (HttpField field : notModified) {
                fields += field.getName().length() + field.getValue().length() + 4;
            }
            return body.capacity() + fields;
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

    private final SecurityHeaders security;
    private final AnswerShelf pages;
    private final AnswerShelf queries;
    /** What the public is shown now (the releases published and announced); a change lets every kept answer go. */
    private volatile Supplier<String> edition = () -> "";
    private volatile String filed = "";

    ResponseCache() {
        this(SecurityHeaders.strict(), DEFAULT_PAGE_BYTES, DEFAULT_QUERY_BYTES);
    }

    ResponseCache(SecurityHeaders security, long pageBytes, long queryBytes) {
        this.security = security;
        this.pages = new AnswerShelf(pageBytes);
        this.queries = new AnswerShelf(queryBytes);
    }

    SecurityHeaders security() {
        return security;
    }

    /** Kept answers are for the public's view of the releases at an instant: a new release or date lets them all go. */
    void filedUnder(Supplier<String> edition) {
        this.edition = edition;
    }

    Optional<Kept> find(AnswerAddress address) {
        current();
        return shelf(address).find(address);
    }

    /** The edition now, after letting go of the answers of an earlier one. */
    private String current() {
        String now = edition.get();
        if (!now.equals(filed)) {
            synchronized (this) {
                if (!now.equals(filed)) {
                    pages.clear();
                    queries.clear();
                    filed = now;
                }
            }
        }
        return now;
    }

    /** Runs the handler and keeps a 200; a malformed address never gets here (WebApp refuses it first). */
    Handler around(Handler handler) {
        return ctx -> {
            if (Visitor.of(ctx).signedIn()) {
                handler.handle(ctx); // a signed-in visitor's answer is theirs alone: never kept
                return;
            }
            Optional<AnswerAddress> address = AnswerAddress.of(ctx.path(), ctx.queryString(), ctx.header("Accept"));
            String before = current();
            handler.handle(ctx);
            // an answer made while a release came out may be of the earlier one: not kept
            if (address.isPresent() && ctx.statusCode() == 200 && before.equals(current()) && !shelf(address.get()).holds(address.get())) {
                byte[] body = read(ctx.resultInputStream());
                ctx.result(body);
                keep(address.get(), ctx.res().getContentType(), ctx.res().getHeader("Content-Disposition"), body);
            }
        };
    }

    /** Keeps the answer on its shelf, unless the address is kept already. */
    void keep(AnswerAddress address, String contentType, String disposition, byte[] body) {
        AnswerShelf shelf = shelf(address);
        if (shelf.holds(address)) {
            return;
        }
        Kept answer = Kept.of(contentType, disposition, body, !address.format().isEmpty(), security);
        shelf.keep(address, answer, 2L * address.length() + ENTRY_OVERHEAD_BYTES);
    }

    AnswerShelf.Stats pageStats() {
        return pages.stats();
    }

    AnswerShelf.Stats queryStats() {
        return queries.stats();
    }

    /** Bytes held on both shelves, gzipped copies and headers included. */
    long keptBytes() {
        return pages.stats().bytes() + queries.stats().bytes();
    }

    private AnswerShelf shelf(AnswerAddress address) {
        return address.hasQuery() ? queries : pages;
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
