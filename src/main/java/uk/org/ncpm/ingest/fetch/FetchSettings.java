package uk.org.ncpm.ingest.fetch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How to fetch, politely: one connection at a time, {@code pause} between requests, {@code timeout}
 * per request, {@code Retry-After} honoured on 429/503 up to {@code attempts} tries and {@code maxWait}.
 *
 * @param downloads where files are kept (beside the store by default), with {@code fetch-log.json}
 * @param userAgent names the product and its version, so a publisher knows who is asking
 * @param progress  bytes shown as they arrive (a terminal), or {@link Progress#NONE}
 */
public record FetchSettings(URI baseUrl, Path downloads, Duration pause, Duration timeout, int attempts,
                            Duration maxWait, String userAgent, Progress progress) {

    public static final URI POLICE_UK = URI.create("https://data.police.uk");
}
