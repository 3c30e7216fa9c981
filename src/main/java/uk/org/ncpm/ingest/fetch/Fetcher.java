package uk.org.ncpm.ingest.fetch;

import uk.org.ncpm.ingest.ArchiveLimits;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Fetches URLs into the downloads folder: downloads (or learns nothing changed), verifies, and
 * keeps {@code fetch-log.json}. What is ingested is decided by the caller, who records it here.
 */
public final class Fetcher {

    private final FetchSettings settings;
    private final PoliteClient client;
    private final FetchLog log;

    private Fetcher(FetchSettings settings, PoliteClient client, FetchLog log) {
        this.settings = settings;
        this.client = client;
        this.log = log;
    }

    public static Fetcher open(FetchSettings settings) throws FetchException {
        try {
            Files.createDirectories(settings.downloads());
        } catch (IOException e) {
            throw new FetchException("downloads folder " + settings.downloads() + " could not be made ("
                    + PoliteClient.reason(e) + "); name another with --downloads", e);
        }
        return new Fetcher(settings, new PoliteClient(settings), FetchLog.load(settings.downloads()));
    }

    public FetchSettings settings() {
        return settings;
    }

    public FetchLog log() {
        return log;
    }

    /**
     * Downloads {@code uri} unless the server says the copy here is current (304). A zip (or xlsx,
     * ods) is refused unless every entry reads with its CRC; a refused file never replaces the
     * previous one and is not logged.
     */
    public Downloaded fetch(URI uri) throws FetchException {
        Optional<FetchLogEntry> known = log.entry(uri.toString());
        Path target = settings.downloads().resolve(known.map(FetchLogEntry::file).orElseGet(() -> fileName(uri)));
        Downloaded downloaded = new Download(client, settings.progress(), settings.attempts())
                .fetch(uri, target, known, part -> verify(part, uri));
        if (!downloaded.unchanged()) {
            boolean same = known.filter(e -> e.sha256().equals(downloaded.sha256())).isPresent();
            log.put(new FetchLogEntry(uri.toString(), target.getFileName().toString(), downloaded.etag(),
                    downloaded.lastModified(), downloaded.bytes(), downloaded.sha256(), Instant.now().toString(),
                    same ? known.get().monthsIngested() : null, same && known.get().ingested()));
        }
        return downloaded;
    }

    /** Whether the server has {@code uri}: a HEAD request, 2xx yes, 404 or 410 no. */
    public boolean exists(URI uri) throws FetchException {
        HttpResponse<InputStream> response = client.send(client.request(uri).method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        PoliteClient.close(response);
        client.finished();
        int status = response.statusCode();
        if (status / 100 == 2) {
            return true;
        }
        if (status == 404 || status == 410) {
            return false;
        }
        throw new FetchException(uri + ": HTTP " + status + " to a HEAD request");
    }

    private static void verify(Path part, URI uri) throws FetchException {
        byte[] head;
        try (InputStream in = Files.newInputStream(part)) {
            head = in.readNBytes(4);
        } catch (IOException e) {
            throw new FetchException(part + ": could not be read (" + PoliteClient.reason(e) + ")", e);
        }
        if (ZipIntegrity.isZip(head)) {
            ZipIntegrity.verify(part, uri.toString(), ArchiveLimits.DEFAULT);
        } else if (uri.getPath().toLowerCase(java.util.Locale.ROOT).matches(".*\\.(zip|xlsx|ods)$")) {
            throw new FetchException("refused " + uri + ": expected a zip archive, but the download does not begin "
                    + "like one (perhaps an error page); nothing was stored");
        }
    }

    /** The URL's last path segment, made safe; a name another URL already uses gets a suffix. */
    private String fileName(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        String last = path.substring(path.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        String name = last.isEmpty() || last.startsWith(".") ? "download" + last : last;
        String unique = name;
        for (int n = 2; log.usesFile(unique); n++) {
            int dot = name.lastIndexOf('.');
            unique = dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
        }
        return unique;
    }
}
