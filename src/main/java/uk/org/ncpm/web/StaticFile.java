package uk.org.ncpm.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where an address of the site is written in a static copy, and the address that reaches that file
 * on any static web server serving the copy at its root:
 * <ul>
 *   <li>a page at an address without an extension is a folder's {@code index.html}: {@code /} →
 *       {@code index.html}, {@code /forces/gwent} → {@code forces/gwent/index.html} (the server
 *       answers {@code /forces/gwent} by redirecting to {@code /forces/gwent/}), so links need no change;</li>
 *   <li>any other address with an extension is written as it is: {@code /api/v1/figures.csv},
 *       {@code /assets/fonts/bold-b542beb274-v2.woff2};</li>
 *   <li>anything else without an extension gets the one of its content type, so that the server
 *       sends the right type: {@code /api/v1/figures} (JSON) → {@code api/v1/figures.json};</li>
 *   <li>a query string becomes part of the name, before the extension, each parameter as
 *       {@code _name-value} in name order (other characters than letters, digits, '.' and, in values,
 *       '-' as {@code ~XX}): {@code /api/v1/figures.csv?metric=homicide} → {@code api/v1/figures_metric-homicide.csv}.</li>
 * </ul>
 * A file name never holds a query string. {@code href} is what links to the file should say.
 *
 * @param file the path in the copy, relative, '/'-separated
 * @param href the root-relative address of the file on a static server
 */
record StaticFile(String file, String href) {

    private static final Map<String, String> EXTENSIONS = Map.ofEntries(Map.entry("text/html", "html"),
            Map.entry("application/json", "json"), Map.entry("text/csv", "csv"), Map.entry("text/css", "css"),
            Map.entry("text/javascript", "js"), Map.entry("application/javascript", "js"),
            Map.entry("image/svg+xml", "svg"), Map.entry("image/png", "png"), Map.entry("image/x-icon", "ico"),
            Map.entry("font/woff2", "woff2"), Map.entry("font/woff", "woff"), Map.entry("text/plain", "txt"),
            Map.entry("application/pdf", "pdf"), Map.entry("application/xml", "xml"), Map.entry("text/xml", "xml"));

    /**
     * @param rawPath     the address's path as sent, percent-encoded, starting with '/'
     * @param rawQuery    its query, without '?', or null
     * @param contentType the response's content type, parameters ignored
     * @throws IllegalArgumentException for a path that cannot be a file name ('..', '\', control characters)
     */
    static StaticFile of(String rawPath, String rawQuery, String contentType) {
        String path = decodedPath(rawPath);
        String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        boolean html = type.equals("text/html");
        String query = querySuffix(rawQuery);
        String file;
        String href;
        if (path.endsWith("/")) {
            if (html) {
                String dir = query.isEmpty() ? path : path + query + "/";
                file = dir + "index.html";
                href = dir;
            } else {
                file = path + "index" + query + "." + extension(type);
                href = file;
            }
        } else {
            String last = path.substring(path.lastIndexOf('/') + 1);
            int dot = last.lastIndexOf('.');
            if (dot > 0) {
                int at = path.length() - last.length() + dot;
                file = path.substring(0, at) + query + path.substring(at);
                href = file;
            } else if (html) {
                String dir = path + query + "/";
                file = dir + "index.html";
                href = query.isEmpty() ? path : dir;
            } else {
                file = path + query + "." + extension(type);
                href = file;
            }
        }
        return new StaticFile(file.substring(1), encoded(href));
    }

    private static String decodedPath(String rawPath) {
        if (!rawPath.startsWith("/")) {
            throw new IllegalArgumentException("not a root-relative path: " + rawPath);
        }
        String path = URI.create("http://site" + rawPath).getPath();
        for (String segment : path.substring(1).split("/", -1)) {
            if (segment.equals(".") || segment.equals("..") || segment.contains("\\")
                    || segment.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f)) {
                throw new IllegalArgumentException("cannot be a file name: " + rawPath);
            }
        }
        if (path.contains("//")) {
            throw new IllegalArgumentException("empty path segment: " + rawPath);
        }
        return path;
    }

    private static String extension(String type) {
        return EXTENSIONS.getOrDefault(type, "bin");
    }

    /** {@code _name-value} per query parameter, in name (then value) order; empty without a query. */
    static String querySuffix(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> parameters = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? null : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            parameters.add(new String[]{name, value});
        }
        parameters.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1] == null ? "" : p[1]));
        StringBuilder suffix = new StringBuilder();
        for (String[] p : parameters) {
            suffix.append('_').append(safe(p[0], false));
            if (p[1] != null) {
                suffix.append('-').append(safe(p[1], true));
            }
        }
        return suffix.toString();
    }

    /** Letters, digits and '.' as they are ('-' too in values: names never hold one, so '-' ends a name). */
    private static String safe(String text, boolean dash) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char ch = (char) (b & 0xff);
            if (ch < 0x80 && (Character.isLetterOrDigit(ch) || ch == '.' || dash && ch == '-')) {
                out.append(ch);
            } else {
                out.append('~').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private static String encoded(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot be an address: " + path, e);
        }
    }
}
