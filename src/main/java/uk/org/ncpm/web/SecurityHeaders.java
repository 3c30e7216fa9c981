package uk.org.ncpm.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Strict by default: no inline script, no framing, no sniffing (docs/architecture.md, "web"). On every
 * answer: Javalin's, the kept answers' ({@link KeptAnswers}) and Jetty's own errors ({@link JettyErrorPage}).
 * HSTS only when asked ({@code ncpm serve --hsts}): it tells browsers to use HTTPS for a year, which is
 * right only when the site is reached through TLS (a reverse proxy), and hard to take back.
 *
 * @param fields header name to value, in a fixed order
 */
public record SecurityHeaders(Map<String, String> fields) {

    static final String HSTS = "max-age=31536000";

    public SecurityHeaders {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The strict headers, without HSTS. */
    public static SecurityHeaders strict() {
        return of(false);
    }

    public static SecurityHeaders of(boolean hsts) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
        fields.put("X-Content-Type-Options", "nosniff");
        fields.put("Referrer-Policy", "no-referrer");
        fields.put("X-Frame-Options", "DENY");
        if (hsts) {
            fields.put("Strict-Transport-Security", HSTS);
        }
        return new SecurityHeaders(fields);
    }

    void forEach(BiConsumer<String, String> header) {
        fields.forEach(header);
    }
}
