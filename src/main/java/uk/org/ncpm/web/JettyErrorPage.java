package uk.org.ncpm.web;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;

/**
 * The answers Jetty gives itself, before Javalin sees the request (a request line or headers it cannot
 * read: 400; an address too long: 414; headers too large: 431; an ambiguous path: 400), with the
 * site's security headers and error page like every other answer of the site.
 */
final class JettyErrorPage extends ErrorHandler {

    private static final String HTML = "text/html;charset=utf-8";

    private final SecurityHeaders security;
    private final BiFunction<Integer, String, String> page;

    /** @param page the site's error page for a status and a message */
    JettyErrorPage(SecurityHeaders security, BiFunction<Integer, String, String> page) {
        this.security = security;
        this.page = page;
    }

    /** A request Jetty could not parse: no request to hand to anyone, only these headers and this body. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        security.forEach(fields::put);
        fields.put(HttpHeader.CONTENT_TYPE, HTML);
        return ByteBuffer.wrap(body(status, reason));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ERROR_STATUS) instanceof Integer code ? code : response.getStatus();
        Object reason = request.getAttribute(ERROR_MESSAGE);
        response.setStatus(status);
        HttpFields.Mutable headers = response.getHeaders();
        security.forEach(headers::put);
        headers.put(HttpHeader.CONTENT_TYPE, HTML);
        headers.put(ERROR_CACHE_CONTROL);
        response.write(true, ByteBuffer.wrap(body(status, reason == null ? null : reason.toString())), callback);
        return true;
    }

    private byte[] body(int status, String reason) {
        return page.apply(status, message(status, reason)).getBytes(StandardCharsets.UTF_8);
    }

    /** Jetty's reason in words a person can act on; the reason itself is a fixed phrase of Jetty's (escaped by the page). */
    static String message(int status, String reason) {
        return switch (status) {
            case 414 -> "The address is longer than this site accepts.";
            case 431 -> "The request's headers are larger than this site accepts.";
            default -> "The address or the request could not be read" + (reason == null || reason.isBlank() ? "." : ": " + reason + ".");
        };
    }
}
