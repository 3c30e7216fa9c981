package uk.org.ncpm.cli;

import picocli.CommandLine.Option;
import uk.org.ncpm.ingest.fetch.FetchException;
import uk.org.ncpm.ingest.fetch.FetchSettings;
import uk.org.ncpm.ingest.fetch.Progress;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/** The options every fetching command shares: where downloads go, and how politely to ask. */
final class FetchOptions {

    static final String USER_AGENT = "NCPM-Monitor/" + Ncpm.VERSION
            + " (National Crime and Policing Measures monitor; Java HttpClient)";

    @Option(names = "--downloads", paramLabel = "FOLDER",
            description = "Folder for downloaded files and fetch-log.json (default: downloads/ beside the store).")
    Path downloads;

    @Option(names = "--base-url", paramLabel = "URL", defaultValue = "https://data.police.uk",
            description = "The data.police.uk host to fetch archives from (default: ${DEFAULT-VALUE}).")
    URI baseUrl;

    @Option(names = "--pause", paramLabel = "SECONDS", defaultValue = "1",
            description = "Pause between requests, in seconds (default: ${DEFAULT-VALUE}).")
    double pause;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Give up on a request with no answer for this long, in seconds (default: ${DEFAULT-VALUE}).")
    double timeout;

    @Option(names = "--max-wait", paramLabel = "SECONDS", defaultValue = "300",
            description = "Longest Retry-After to obey on HTTP 429/503, in seconds (default: ${DEFAULT-VALUE}).")
    double maxWait;

    @Option(names = "--attempts", paramLabel = "N", defaultValue = "5",
            description = "Tries per request: retries after 429/503 and resumes of a cut download (default: ${DEFAULT-VALUE}).")
    int attempts;

    FetchSettings settings(StoreOption store) throws FetchException {
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || baseUrl.getHost() == null) {
            throw new FetchException("--base-url '" + baseUrl + "': expected an http:// or https:// address with a host, "
                    + "e.g. https://data.police.uk");
        }
        Path folder = downloads != null ? downloads
                : store.path.toAbsolutePath().getParent().resolve("downloads");
        // Progress only on a terminal: redirected output stays free of carriage-return noise.
        Progress progress = System.console() != null ? new TerminalProgress(System.err) : Progress.NONE;
        return new FetchSettings(baseUrl, folder, seconds(pause), seconds(Math.max(timeout, 0.001)),
                Math.max(1, attempts), seconds(maxWait), USER_AGENT, progress);
    }

    private static Duration seconds(double value) {
        return Duration.ofMillis(Math.round(Math.max(0, value) * 1000));
    }
}
