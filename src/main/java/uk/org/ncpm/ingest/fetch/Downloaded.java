package uk.org.ncpm.ingest.fetch;

import java.net.URI;
import java.nio.file.Path;

/**
 * One URL's file on disk after a fetch.
 *
 * @param unchanged the server answered 304 Not Modified: the file already here is current
 * @param resumed   how many times a cut download was resumed with a Range request
 */
public record Downloaded(URI uri, Path file, boolean unchanged, long bytes, String sha256, String etag,
                         String lastModified, int resumed) {
}
