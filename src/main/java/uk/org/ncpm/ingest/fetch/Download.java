package uk.org.ncpm.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Downloads one URL into {@code <name>.part}, resuming with a {@code Range} request when the
 * connection is cut, checks the size the server announced, then renames it to {@code <name>}.
 * With a previous download on disk it asks "changed since?" ({@code If-None-Match},
 * {@code If-Modified-Since}); a 304 leaves the file as it is.
 */
final class Download {

    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");

    private final PoliteClient client;
    private final Progress progress;
    private final int attempts;

    Download(PoliteClient client, Progress progress, int attempts) {
        this.client = client;
        this.progress = progress;
        this.attempts = attempts;
    }

    /** Checks a complete download before it takes the place of the file it replaces. */
    @FunctionalInterface
    interface Check {
        void accept(Path part) throws FetchException;
    }

    Downloaded fetch(URI uri, Path target, Optional<FetchLogEntry> known, Check check) throws FetchException {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        Optional<FetchLogEntry> current = known.filter(e -> isSize(target, e.bytes()));
        // The part's ETag is kept beside it, so a later run resumes only the same version of the file.
        Path partEtag = target.resolveSibling(target.getFileName() + ".part.etag");
        String etag = size(part) > 0 ? readQuietly(partEtag) : null;
        String lastModified = null;
        int resumed = 0;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            long have = size(part);
            HttpRequest.Builder request = client.request(uri).GET();
            if (have > 0) {
                request.header("Range", "bytes=" + have + "-");
                if (etag != null) {
                    request.header("If-Range", etag); // a changed file is sent whole, never spliced
                }
            } else if (current.isPresent()) {
                current.map(FetchLogEntry::etag).ifPresent(v -> request.header("If-None-Match", v));
                current.map(FetchLogEntry::lastModified).ifPresent(v -> request.header("If-Modified-Since", v));
            }
            HttpResponse<InputStream> response = client.send(request.build());
            try {
                int status = response.statusCode();
                if (status == 304 && current.isPresent()) {
                    FetchLogEntry e = current.get();
                    return new Downloaded(uri, target, true, e.bytes(), e.sha256(), e.etag(), e.lastModified(), 0);
                }
                if (status == 416) {
                    deleteQuietly(part); // the part is no prefix of the file any more: start again
                    continue;
                }
                if (status != 200 && status != 206) {
                    throw new FetchException(uri + ": HTTP " + status + describe(status));
                }
                etag = response.headers().firstValue("ETag").orElse(null);
                lastModified = response.headers().firstValue("Last-Modified").orElse(null);
                long start = 0;
                long total = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (status == 206) {
                    Matcher range = CONTENT_RANGE.matcher(response.headers().firstValue("Content-Range").orElse(""));
                    if (!range.matches() || Long.parseLong(range.group(1)) != have) {
                        deleteQuietly(part);
                        throw new FetchException(uri + ": the server resumed at the wrong place (Content-Range '"
                                + response.headers().firstValue("Content-Range").orElse("") + "', expected bytes "
                                + have + "-); the partial file was removed, run the fetch again");
                    }
                    start = have;
                    total = range.group(3).equals("*") ? -1 : Long.parseLong(range.group(3));
                }
                if (start == 0) {
                    writeQuietly(partEtag, etag);
                }
                long got = copy(response.body(), part, start, total, target.getFileName().toString());
                if (total >= 0 && got < total) {
                    resumed++;
                    continue; // cut short without an error: resume from what arrived
                }
                if (total >= 0 && got > total) {
                    deleteQuietly(part);
                    throw new FetchException(uri + ": received " + got + " bytes, more than the " + total
                            + " the server announced; the partial file was removed");
                }
                progress.finished(target.getFileName().toString());
                deleteQuietly(partEtag);
                try {
                    check.accept(part);
                } catch (FetchException refused) {
                    deleteQuietly(part);
                    throw refused;
                }
                move(part, target);
                return new Downloaded(uri, target, false, got, sha256(target), etag, lastModified, resumed);
            } catch (CutConnection cut) {
                resumed++;
            } finally {
                PoliteClient.close(response);
                client.finished();
            }
        }
        throw new FetchException(uri + ": the download was cut " + resumed + " times; gave up after " + attempts
                + " attempts (" + size(part) + " bytes kept in " + part + ", resumed by the next fetch)");
    }

    /** Appends the body to the part file from {@code start}; returns the part's size after. */
    private long copy(InputStream body, Path part, long start, long total, String name) throws FetchException, CutConnection {
        StandardOpenOption mode = start == 0 ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND;
        long size = start;
        try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode)) {
            byte[] buffer = new byte[64 * 1024];
            try {
                for (int n; (n = body.read(buffer)) > 0; ) {
                    out.write(buffer, 0, n);
                    size += n;
                    progress.advanced(name, size, total);
                }
            } catch (IOException e) {
                throw new CutConnection();
            }
        } catch (IOException e) {
            throw new FetchException(part + ": could not be written (" + PoliteClient.reason(e) + ")", e);
        }
        return size;
    }

    /** The connection broke while the body was arriving: what arrived is kept and resumed. */
    private static final class CutConnection extends Exception {
        CutConnection() {
            super(null, null, false, false);
        }
    }

    private static String describe(int status) {
        return switch (status) {
            case 401, 403 -> " (not allowed)";
            case 404 -> " (not found): check the URL";
            case 410 -> " (gone)";
            default -> status >= 500 ? " (server error)" : "";
        };
    }

    private static boolean isSize(Path file, long bytes) {
        return size(file) == bytes && Files.isRegularFile(file);
    }

    private static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void move(Path part, Path target) throws FetchException {
        try {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new FetchException(target + ": could not be written (" + PoliteClient.reason(e) + ")", e);
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file).strip() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void writeQuietly(Path file, String etag) {
        try {
            if (etag == null) {
                Files.deleteIfExists(file);
            } else {
                Files.writeString(file, etag);
            }
        } catch (IOException ignored) {
            // Without it a later run resumes without If-Range; the size and zip checks still apply.
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover part is overwritten by the next fetch.
        }
    }

    static String sha256(Path file) throws FetchException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new FetchException(file + ": could not be read (" + PoliteClient.reason(e) + ")", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
