package uk.org.ncpm.web;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * In front of Javalin, inside Jetty: a GET whose answer is already kept is written straight from
 * the {@link ResponseCache}, with the same headers and log line as Javalin gives it, without the
 * servlet and routing layers (bench/web.sh measures the difference). Anything else goes to Javalin.
 */
final class KeptAnswers extends Handler.Wrapper {

    private final ResponseCache cache;

    KeptAnswers(ResponseCache cache) {
        this.cache = cache;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!HttpMethod.GET.is(request.getMethod())) {
            return super.handle(request, response, callback);
        }
        String path = request.getHttpURI().getPath();
        Optional<ResponseCache.Kept> hit = cache.find(ResponseCache.key(path, request.getHttpURI().getQuery(),
                request.getHeaders().get(HttpHeader.ACCEPT)));
        if (hit.isEmpty()) {
            return super.handle(request, response, callback);
        }
        ResponseCache.Kept kept = hit.get();
        response.setStatus(HttpStatus.OK_200);
        SecurityHeaders.ALL.forEach(response.getHeaders()::put);
        if (kept.contentType() != null) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, kept.contentType());
        }
        if (kept.disposition() != null) {
            response.getHeaders().put(HttpHeader.CONTENT_DISPOSITION, kept.disposition());
        }
        ByteBuffer body = kept.view();
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.remaining());
        RequestLog.line("GET", path, HttpStatus.OK_200);
        response.write(true, body, callback);
        return true;
    }
}
