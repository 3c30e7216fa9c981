package uk.org.ncpm.web;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.util.Optional;

/**
 * In front of Javalin, inside Jetty: a GET (or HEAD) whose answer is already kept is written straight from
 * the {@link ResponseCache}, with the same headers and log line as Javalin gives it, without the
 * servlet and routing layers (bench/web.sh measures the difference). Anything else goes to Javalin,
 * which also answers other methods (405) and malformed addresses (400).
 */
final class KeptAnswers extends Handler.Wrapper {

    private final ResponseCache cache;
    private final RequestLog log;

    KeptAnswers(ResponseCache cache, RequestLog log) {
        this.cache = cache;
        this.log = log;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        boolean head = HttpMethod.HEAD.is(request.getMethod());
        if (!head && !HttpMethod.GET.is(request.getMethod())
                || SessionCookie.carriedBy(request.getHeaders().get(HttpHeader.COOKIE))) {
            return handled(request, response, callback); // a visitor with a session gets answers made for them
        }
        String path = request.getHttpURI().getPath();
        // a malformed address has none: Javalin answers it with a 400
        Optional<ResponseCache.Kept> hit = AnswerAddress.of(path, request.getHttpURI().getQuery(),
                request.getHeaders().get(HttpHeader.ACCEPT)).flatMap(cache::find);
        if (hit.isEmpty()) {
            return handled(request, response, callback);
        }
        ResponseCache.Kept kept = hit.get();
        ResponseCache.Variant variant = kept.gzipped().filter(g -> acceptsGzip(request.getHeaders().get(HttpHeader.ACCEPT_ENCODING)))
                .orElse(kept.plain());
        HttpFields.Mutable headers = response.getHeaders();
        if (variant.matches(request.getHeaders().get(HttpHeader.IF_NONE_MATCH))) {
            response.setStatus(HttpStatus.NOT_MODIFIED_304);
            variant.notModified().forEach(headers::add);
            log.line(request.getMethod(), path, HttpStatus.NOT_MODIFIED_304);
            callback.succeeded();
            return true;
        }
        response.setStatus(HttpStatus.OK_200);
        variant.headers().forEach(headers::add);
        log.line(request.getMethod(), path, HttpStatus.OK_200);
        response.write(true, variant.view(), callback);
        return true;
    }

    /** Javalin's answer; the account header bound for its templates is unbound whatever happens. */
    private boolean handled(Request request, Response response, Callback callback) throws Exception {
        try {
            return super.handle(request, response, callback);
        } finally {
            AccountHeader.unbind();
        }
    }

    /** "gzip" among the codings, unless refused with q=0 (RFC 9110, 12.5.3). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            if (parts[0].strip().equalsIgnoreCase("gzip")) {
                return parts.length < 2 || !parts[1].replace(" ", "").matches("(?i)q=0(\\.0{0,3})?");
            }
        }
        return false;
    }
}
