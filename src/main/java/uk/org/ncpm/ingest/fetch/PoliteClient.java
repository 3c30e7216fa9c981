package uk.org.ncpm.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The one HTTP connection to a publisher: requests go one at a time, with a pause after the last
 * one finished, a User-Agent naming the product, and the server's {@code Retry-After} obeyed on
 * 429 (too many requests) and 503 (unavailable), within the settings' bounds.
 */
final class PoliteClient {

    /** When a 429/503 gives no Retry-After, wait this long before asking again. */
    private static final Duration DEFAULT_RETRY_WAIT = Duration.ofSeconds(5);

    private final FetchSettings settings;
    private final HttpClient http;
    private long quietSince = Long.MIN_VALUE;

    PoliteClient(FetchSettings settings) {
        this.settings = settings;
        // HTTP/1.1 and one request at a time: the client then keeps a single connection open.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(settings.timeout()).header("User-Agent", settings.userAgent());
    }

    /** Sends one request; the caller must close the body and then call {@link #finished()}. */
    HttpResponse<InputStream> send(HttpRequest request) throws FetchException {
        for (int attempt = 1; ; attempt++) {
            waitForPause();
            HttpResponse<InputStream> response = exchange(request);
            int status = response.statusCode();
            if (status != 429 && status != 503) {
                return response;
            }
            close(response);
            finished();
            Duration wait = retryAfter(response).orElse(DEFAULT_RETRY_WAIT);
            if (attempt >= settings.attempts() || wait.compareTo(settings.maxWait()) > 0) {
                throw new FetchException(request.uri() + ": the server answered HTTP " + status
                        + (status == 429 ? " (too many requests)" : " (unavailable)") + " and asked to wait "
                        + wait.toSeconds() + " s; gave up after " + attempt + " attempts (at most "
                        + settings.attempts() + " attempts, waits up to " + settings.maxWait().toSeconds()
                        + " s: --max-wait); try again later");
            }
            sleep(wait);
        }
    }

    /** Marks the end of a request, from which the next pause is counted. */
    void finished() {
        quietSince = System.nanoTime();
    }

    private HttpResponse<InputStream> exchange(HttpRequest request) throws FetchException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            finished();
            throw new FetchException(request.uri() + ": no answer within " + settings.timeout().toSeconds()
                    + " s (--timeout)", e);
        } catch (ConnectException e) {
            finished();
            throw new FetchException(request.uri() + ": could not connect to " + request.uri().getHost()
                    + (request.uri().getPort() > 0 ? ":" + request.uri().getPort() : "") + " ("
                    + (e.getMessage() == null ? "connection refused" : e.getMessage()) + ")", e);
        } catch (IOException e) {
            finished();
            throw new FetchException(request.uri() + ": request failed: " + reason(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(request.uri() + ": interrupted", e);
        }
    }

    static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Retry-After is either seconds or an HTTP date (RFC 9110, section 10.2.3). */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            String v = value.trim();
            if (v.matches("\\d{1,9}")) {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
            }
            try {
                Duration until = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                return Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    static void close(HttpResponse<InputStream> response) {
        try (InputStream body = response.body()) {
            body.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException ignored) {
            // The body was not wanted; a failure to drain it changes nothing.
        }
    }

    private void waitForPause() throws FetchException {
        if (quietSince == Long.MIN_VALUE) {
            return;
        }
        long left = settings.pause().toNanos() - (System.nanoTime() - quietSince);
        if (left > 0) {
            sleep(Duration.ofNanos(left));
        }
    }

    private static void sleep(Duration wait) throws FetchException {
        try {
            Thread.sleep(wait.toMillis(), wait.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted while waiting between requests", e);
        }
    }
}
