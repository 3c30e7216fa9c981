package uk.org.ncpm.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import uk.org.ncpm.catalogue.Catalogue;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public site as static files (`ncpm publish`), for any web server or CDN to serve at the root
 * of a host. The site is not listed anywhere: it is crawled. The app runs in-process on a free
 * loopback port and is read, anonymously, from {@code /} following every same-site reference
 * ({@code href} and {@code src} in pages, {@code url(...)} in stylesheets), plus every API path of
 * the OpenAPI document without a query (path parameters expanded where the document lists their
 * values), plus a {@code 404.html}. Where each address is written is {@link StaticFile}'s rule.
 * <p>
 * Pages are written byte for byte as the server sends them, except references that a static server
 * would not resolve to the same file (a query string, an extensionless JSON address, a relative
 * reference from a page that becomes a folder's index): those are rewritten to the file's address
 * and counted. A reference that does not answer 200 makes the whole copy fail, naming the pages
 * that hold it: nothing is written.
 */
public final class StaticSite {

    /** What a file is for the person who publishes. */
    public enum Kind { PAGE, DATA, ASSET }

    /** One file of the copy: its path in the folder, the address it was read from, its kind and size. */
    public record File(String path, String address, Kind kind, long bytes) {
    }

    /** The site could not be copied whole. */
    public static final class Incomplete extends Exception {
        private final List<String> problems;

        Incomplete(List<String> problems) {
            super(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " copying the site: " + problems.get(0));
            this.problems = List.copyOf(problems);
        }

        /** Each problem in words, with the pages that refer to the address concerned. */
        public List<String> problems() {
            return problems;
        }
    }

    /** Lists the files a publish wrote, so that publishing again with --force can remove the ones no longer published. */
    public static final String MANIFEST = ".ncpm-published";
    static final String NOT_FOUND_PAGE = "404.html";

    private static final String ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}/]+)}");
    private static final int REFERRERS_SHOWN = 3;

    private final Map<String, byte[]> contents;
    private final List<File> files;
    private final int rewritten;
    private final List<String> warnings;

    private StaticSite(Map<String, byte[]> contents, List<File> files, int rewritten, List<String> warnings) {
        this.contents = contents;
        this.files = List.copyOf(files);
        this.rewritten = rewritten;
        this.warnings = List.copyOf(warnings);
    }

    /** Crawls the site of these figures into memory. */
    public static StaticSite render(Catalogue catalogue, Snapshot snapshot) throws Incomplete, IOException, InterruptedException {
        return render(catalogue, snapshot, SiteContact.NONE);
    }

    /** Crawls the site of these figures, with the operators' contact on its feedback and accessibility pages. */
    public static StaticSite render(Catalogue catalogue, Snapshot snapshot, SiteContact contact)
            throws Incomplete, IOException, InterruptedException {
        Javalin app = WebApp.create(catalogue, snapshot, RequestLog.DISCARD, contact).start("127.0.0.1", 0);
        try {
            return crawl("http://127.0.0.1:" + app.port(), WebApp.notFoundPage(snapshot.sample()));
        } finally {
            app.stop();
        }
    }

    /** Crawls the public site of a store's releases: what an anonymous visitor sees now, every published release. */
    public static StaticSite render(Catalogue catalogue, SiteReleases releases, SiteContact contact)
            throws Incomplete, IOException, InterruptedException {
        Javalin app = WebApp.create(catalogue, releases, RequestLog.DISCARD, contact).start("127.0.0.1", 0);
        try {
            return crawl("http://127.0.0.1:" + app.port(), WebApp.notFoundPage(releases.latest(java.time.Instant.now()).snapshot().sample()));
        } finally {
            app.stop();
        }
    }

    /** Crawls the site served at {@code origin} (scheme, host and port), with this page for unknown addresses. */
    static StaticSite crawl(String origin, String notFoundPage) throws Incomplete, IOException, InterruptedException {
        return new Crawl(origin, notFoundPage.getBytes(StandardCharsets.UTF_8)).run();
    }

    /** Every file, by path. */
    public List<File> files() {
        return files;
    }

    /** How many references in pages and stylesheets were changed to reach their file on a static server. */
    public int rewrittenReferences() {
        return rewritten;
    }

    /** Things a static copy cannot do (a form to submit), for the person who publishes. */
    public List<String> warnings() {
        return warnings;
    }

    public long bytes() {
        return files.stream().mapToLong(File::bytes).sum();
    }

    /** True when {@code dir} does not exist or is an empty folder: a publish may write there without --force. */
    public static boolean isFreshFolder(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var listing = Files.list(dir)) {
            return listing.findAny().isEmpty();
        }
    }

    /**
     * Writes the copy into {@code dir} (created if missing), replacing files of the same names, and
     * removes the files that an earlier publish there wrote (its {@value #MANIFEST}) and this one does
     * not; other files are left alone.
     */
    public void writeTo(Path dir) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        Files.createDirectories(root);
        Path manifest = root.resolve(MANIFEST);
        Set<String> earlier = Files.isRegularFile(manifest)
                ? new LinkedHashSet<>(Files.readAllLines(manifest, StandardCharsets.UTF_8)) : Set.of();
        for (File f : files) {
            Path target = inside(root, f.path());
            Files.createDirectories(target.getParent());
            Files.write(target, contents.get(f.path()));
        }
        Set<String> now = new HashSet<>(contents.keySet());
        for (String stale : earlier) {
            if (!stale.isBlank() && !now.contains(stale)) {
                Path gone = inside(root, stale);
                if (Files.isRegularFile(gone)) {
                    Files.delete(gone);
                    for (Path parent = gone.getParent(); !parent.equals(root) && isFreshFolder(parent); parent = parent.getParent()) {
                        Files.delete(parent);
                    }
                }
            }
        }
        Files.write(manifest, files.stream().map(File::path).toList(), StandardCharsets.UTF_8);
    }

    private static Path inside(Path root, String relative) throws IOException {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IOException("refusing to write outside " + root + ": " + relative);
        }
        return target;
    }

    /** A reference in a document and, when it is to this site, the address it means (path and query). */
    private record Link(SiteReferences.Reference reference, String address, String fragment) {
    }

    /** A page, stylesheet or other file of the site as read, with the links found in it. */
    private record Document(String address, String type, byte[] body, StaticFile target, List<Link> links, boolean anyDepth) {

        boolean html() {
            return type.equals("text/html");
        }

        boolean css() {
            return type.equals("text/css");
        }

        /** The address a browser holds when it reads this file from a static server. */
        String staticBase() {
            return target.file().equals("index.html") || target.file().endsWith("/index.html")
                    ? "/" + target.file().substring(0, target.file().length() - "index.html".length()) : target.href();
        }
    }

    private static final class Crawl {

        private final String origin;
        private final byte[] notFound;
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        private final Deque<String> queue = new ArrayDeque<>();
        private final Map<String, Set<String>> referrers = new LinkedHashMap<>();
        private final Map<String, Document> documents = new LinkedHashMap<>();
        private final Map<String, String> failures = new LinkedHashMap<>();
        private final List<String> problems = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        Crawl(String origin, byte[] notFound) {
            this.origin = origin;
            this.notFound = notFound;
        }

        StaticSite run() throws Incomplete, IOException, InterruptedException {
            refer("/", "(start)");
            refer(OpenApiDocument.PATH, "(start)");
            Document notFoundPage = new Document(null, "text/html", notFound, new StaticFile(NOT_FOUND_PAGE, "/" + NOT_FOUND_PAGE),
                    links("/" + NOT_FOUND_PAGE, new String(notFound, StandardCharsets.UTF_8), true), true);
            while (!queue.isEmpty()) {
                read(queue.poll());
            }
            failures.forEach((address, what) -> problems.add(address + what + "; referred to from " + referrersOf(address)));
            if (!problems.isEmpty()) {
                throw new Incomplete(problems);
            }
            List<Document> all = new ArrayList<>(documents.values());
            all.add(notFoundPage);
            int rewritten = 0;
            Map<String, byte[]> contents = new TreeMap<>();
            TreeMap<String, File> files = new TreeMap<>();
            for (Document d : all) {
                byte[] body = d.body();
                if (d.html() || d.css()) {
                    String text = new String(body, StandardCharsets.UTF_8);
                    String rewrittenText = rewrite(d, text);
                    if (!rewrittenText.equals(text)) {
                        rewritten += changes(d, text);
                        body = rewrittenText.getBytes(StandardCharsets.UTF_8);
                    }
                }
                String address = d.address() == null ? "(the page for unknown addresses)" : d.address();
                File file = new File(d.target().file(), address, kind(d), body.length);
                File before = files.get(file.path());
                if (before != null) {
                    if (!java.util.Arrays.equals(contents.get(file.path()), body)) {
                        problems.add(before.address() + " and " + address + " would both be written to " + file.path());
                    }
                    continue;
                }
                files.put(file.path(), file);
                contents.put(file.path(), body);
            }
            for (String path : files.keySet()) {
                String folder = path + "/";
                String clash = files.ceilingKey(folder);
                if (clash != null && clash.startsWith(folder)) {
                    problems.add(files.get(path).address() + " is written to the file " + path + ", which " + files.get(clash).address()
                            + " needs as a folder");
                }
            }
            if (!problems.isEmpty()) {
                throw new Incomplete(problems);
            }
            return new StaticSite(contents, new ArrayList<>(files.values()), rewritten, warnings);
        }

        private static Kind kind(Document d) {
            if (d.html()) {
                return Kind.PAGE;
            }
            boolean data = d.type().equals("application/json") || d.type().equals("text/csv")
                    || d.address() != null && d.address().startsWith("/api/");
            return data ? Kind.DATA : Kind.ASSET;
        }

        private void refer(String address, String from) {
            Set<String> from0 = referrers.get(address);
            if (from0 == null) {
                from0 = new LinkedHashSet<>();
                referrers.put(address, from0);
                queue.add(address);
            }
            from0.add(from);
        }

        private void read(String address) throws IOException, InterruptedException {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(origin + address))
                    .header("Accept", ACCEPT).timeout(Duration.ofMinutes(2)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            int status = response.statusCode();
            if (status != 200) {
                failures.put(address, status >= 300 && status < 400
                        ? " redirects to " + response.headers().firstValue("Location").orElse("?") + ", which a static copy cannot do"
                        : " answers " + status);
                return;
            }
            String type = response.headers().firstValue("Content-Type").orElse("application/octet-stream")
                    .split(";")[0].strip().toLowerCase(Locale.ROOT);
            URI uri = URI.create(origin + address);
            StaticFile target;
            try {
                target = StaticFile.of(uri.getRawPath(), uri.getRawQuery(), type);
            } catch (IllegalArgumentException e) {
                failures.put(address, " cannot be a file (" + e.getMessage() + ")");
                return;
            }
            List<Link> links = List.of();
            if (type.equals("text/html") || type.equals("text/css")) {
                String text = new String(response.body(), StandardCharsets.UTF_8);
                links = links(address, text, type.equals("text/html"));
                if (type.equals("text/html") && text.toLowerCase(Locale.ROOT).contains("<form")) {
                    warnings.add(address + " has a form, which a static copy cannot answer");
                }
            }
            documents.put(address, new Document(address, type, response.body(), target, links, false));
            if (address.equals(OpenApiDocument.PATH)) {
                for (String path : apiPaths(response.body())) {
                    refer(path, address);
                }
            }
        }

        private String referrersOf(String address) {
            List<String> from = new ArrayList<>(referrers.getOrDefault(address, Set.of()));
            String shown = String.join(", ", from.subList(0, Math.min(REFERRERS_SHOWN, from.size())));
            return from.size() > REFERRERS_SHOWN ? shown + " and " + (from.size() - REFERRERS_SHOWN) + " more" : shown;
        }

        /** The references of a page or stylesheet; the ones to this site are queued for reading. */
        private List<Link> links(String base, String text, boolean html) {
            List<Link> links = new ArrayList<>();
            for (SiteReferences.Reference r : html ? SiteReferences.inHtml(text) : SiteReferences.inCss(text)) {
                try {
                    String[] resolved = resolve(base, r.address());
                    if (resolved != null) {
                        links.add(new Link(r, resolved[0], resolved[1]));
                        refer(resolved[0], base);
                    }
                } catch (URISyntaxException | IllegalArgumentException e) {
                    problems.add(base + " refers to '" + r.address() + "', which is not a valid address");
                }
            }
            return links;
        }

        /**
         * The path and query, and the fragment, of a reference to this site read at {@code base};
         * null for another site, another scheme (mailto:, data:) or this very document (#top, "").
         */
        private static String[] resolve(String base, String reference) throws URISyntaxException {
            if (reference.isEmpty() || reference.startsWith("#")) {
                return null;
            }
            URI ref = new URI(reference);
            if (ref.getScheme() != null || ref.getRawAuthority() != null) {
                return null;
            }
            URI baseUri = URI.create("http://site" + base);
            URI resolved;
            if (ref.getRawPath() == null || ref.getRawPath().isEmpty()) {
                // "?x=1" keeps the base's path (RFC 3986), which java.net.URI does not do
                resolved = new URI("http://site" + baseUri.getRawPath() + (ref.getRawQuery() == null ? "" : "?" + ref.getRawQuery()));
            } else {
                resolved = baseUri.resolve(ref).normalize();
            }
            String path = resolved.getRawPath() == null || resolved.getRawPath().isEmpty() ? "/" : resolved.getRawPath();
            while (path.equals("/..") || path.startsWith("/../")) {
                // as browsers do (RFC 3986): there is nothing above the root
                path = path.length() == 3 ? "/" : path.substring(3);
            }
            String query = resolved.getRawQuery();
            return new String[]{path + (query == null || query.isEmpty() ? "" : "?" + query), ref.getRawFragment()};
        }

        /** The document with every reference a static server would not take to its file rewritten to the file's address. */
        private String rewrite(Document d, String text) {
            StringBuilder out = new StringBuilder(text);
            List<Link> links = new ArrayList<>(d.links());
            links.sort(Comparator.comparingInt((Link l) -> l.reference().start()).reversed());
            for (Link link : links) {
                String replacement = replacement(d, link);
                if (replacement != null) {
                    out.replace(link.reference().start(), link.reference().end(), SiteReferences.encode(replacement, d.html()));
                }
            }
            return out.toString();
        }

        private int changes(Document d, String text) {
            return (int) d.links().stream().filter(l -> replacement(d, l) != null).count();
        }

        /** The new reference, or null when the reference already reaches its file on a static server. */
        private String replacement(Document d, Link link) {
            String destination = documents.get(link.address()).target().href();
            boolean reaches;
            try {
                String[] lands = resolve(d.staticBase(), link.reference().address());
                reaches = lands != null && lands[0].equals(destination) && (!d.anyDepth() || link.reference().address().startsWith("/"));
            } catch (URISyntaxException e) {
                reaches = false;
            }
            return reaches ? null : destination + (link.fragment() == null ? "" : "#" + link.fragment());
        }

        /** The API paths of the OpenAPI document that a static copy can hold: no query, path parameters with listed values. */
        private List<String> apiPaths(byte[] openApi) {
            List<String> paths = new ArrayList<>();
            JsonNode doc;
            try {
                doc = new ObjectMapper().readTree(openApi);
            } catch (IOException e) {
                problems.add(OpenApiDocument.PATH + " is not JSON: " + e.getMessage());
                return paths;
            }
            doc.path("paths").properties().forEach(entry -> {
                JsonNode get = entry.getValue().path("get");
                if (get.isMissingNode()) {
                    return;
                }
                Map<String, List<String>> values = new LinkedHashMap<>();
                List<JsonNode> parameters = new ArrayList<>();
                entry.getValue().path("parameters").forEach(parameters::add);
                get.path("parameters").forEach(parameters::add);
                for (JsonNode p : parameters) {
                    JsonNode parameter = dereference(doc, p);
                    if (parameter.path("in").asText().equals("path")) {
                        List<String> listed = new ArrayList<>();
                        dereference(doc, parameter.path("schema")).path("enum").forEach(v -> listed.add(v.asText()));
                        values.put(parameter.path("name").asText(), listed);
                    }
                }
                List<String> expanded = new ArrayList<>(List.of(entry.getKey()));
                Matcher m = PATH_PARAMETER.matcher(entry.getKey());
                while (m.find()) {
                    List<String> listed = values.getOrDefault(m.group(1), List.of());
                    List<String> next = new ArrayList<>();
                    for (String path : expanded) {
                        for (String value : listed) {
                            next.add(path.replace(m.group(), value));
                        }
                    }
                    expanded = next;
                }
                for (String path : expanded) {
                    try {
                        paths.add(new URI(null, null, path, null).getRawPath());
                    } catch (URISyntaxException e) {
                        problems.add(OpenApiDocument.PATH + " lists '" + path + "', which is not a valid path");
                    }
                }
            });
            return paths;
        }

        private static JsonNode dereference(JsonNode doc, JsonNode node) {
            String ref = node.path("$ref").asText("");
            return ref.startsWith("#/") ? doc.at(ref.substring(1)) : node;
        }
    }
}
