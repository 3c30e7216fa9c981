package uk.org.ncpm.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The addresses a page or stylesheet refers to, with where each sits in the text so that
 * {@link StaticSite} can rewrite it: in HTML every {@code href} and {@code src} attribute
 * (including {@code xlink:href}), in CSS every {@code url(...)} and {@code @import "..."}, outside
 * comments. Attribute values are returned decoded ({@code &amp;} is {@code &}).
 */
final class SiteReferences {

    /** One reference: the raw text between {@code start} and {@code end}, and the address it means. */
    record Reference(int start, int end, String address) {
    }

    private static final Pattern HTML_ATTRIBUTE = Pattern.compile(
            "(?i)(?<=[\\s\"'])(?:[a-z]+:)?(?:href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+))");
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern CSS_URL = Pattern.compile(
            "(?i)url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\\s\"']*))\\s*\\)|@import\\s+(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern CSS_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|amp|quot|apos|lt|gt);");

    private SiteReferences() {
    }

    static List<Reference> inHtml(String html) {
        return find(html, HTML_ATTRIBUTE, HTML_COMMENT, true);
    }

    static List<Reference> inCss(String css) {
        return find(css, CSS_URL, CSS_COMMENT, false);
    }

    private static List<Reference> find(String text, Pattern pattern, Pattern comment, boolean htmlEncoded) {
        List<int[]> comments = new ArrayList<>();
        Matcher c = comment.matcher(text);
        while (c.find()) {
            comments.add(new int[]{c.start(), c.end()});
        }
        List<Reference> references = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (inside(comments, m.start()) || htmlEncoded && !inTag(text, m.start())) {
                continue;
            }
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    String raw = m.group(g).strip();
                    int start = m.start(g) + m.group(g).indexOf(raw);
                    references.add(new Reference(start, start + raw.length(), htmlEncoded ? decode(raw) : raw));
                    break;
                }
            }
        }
        return references;
    }

    /** True inside a tag, false in text such as {@code <p>set href=x</p>}. */
    private static boolean inTag(String html, int offset) {
        return html.lastIndexOf('<', offset) > html.lastIndexOf('>', offset);
    }

    private static boolean inside(List<int[]> ranges, int offset) {
        return ranges.stream().anyMatch(r -> offset >= r[0] && offset < r[1]);
    }

    /** An attribute value as the browser reads it: character references decoded. */
    static String decode(String value) {
        if (value.indexOf('&') < 0) {
            return value;
        }
        Matcher m = ENTITY.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String decoded = switch (name) {
                case "amp" -> "&";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "lt" -> "<";
                case "gt" -> ">";
                default -> Character.toString(name.charAt(1) == 'x' || name.charAt(1) == 'X'
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1)));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(decoded));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** An address written into an HTML attribute or a CSS url(): the characters that would end it escaped. */
    static String encode(String address, boolean html) {
        return html ? address.replace("&", "&amp;").replace("\"", "&#34;").replace("'", "&#39;")
                .replace("<", "&lt;").replace(">", "&gt;")
                : address.replace("\"", "%22").replace("'", "%27").replace("(", "%28").replace(")", "%29").replace(" ", "%20");
    }
}
