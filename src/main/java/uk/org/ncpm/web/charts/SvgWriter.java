package uk.org.ncpm.web.charts;

import java.util.Locale;

/**
 * Writes SVG elements with escaped attribute values and text. Attributes are given as name, value
 * pairs; numbers are written with at most one decimal, which is finer than a pixel at any size the
 * charts are shown.
 */
final class SvgWriter {

    private final StringBuilder out = new StringBuilder(8192);

    SvgWriter open(String name, String... attributes) {
        start(name, attributes);
        out.append('>');
        return this;
    }

    SvgWriter close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    SvgWriter empty(String name, String... attributes) {
        start(name, attributes);
        out.append("/>");
        return this;
    }

    /** An element holding only text. */
    SvgWriter text(String name, String text, String... attributes) {
        open(name, attributes);
        out.append(Xml.escape(text));
        return close(name);
    }

    /** An element with a {@code <title>} child: a tooltip for pointer users. */
    SvgWriter titled(String name, String title, String... attributes) {
        open(name, attributes);
        text("title", title);
        return close(name);
    }

    private void start(String name, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs; found " + attributes.length + " strings");
        }
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(Xml.escape(attributes[i + 1])).append('"');
        }
    }

    Svg toSvg() {
        return new Svg(out.toString());
    }

    /** A coordinate or length: at most one decimal, no trailing ".0", never "-0". */
    static String num(double value) {
        long tenths = Math.round(value * 10);
        if (tenths == 0) {
            return "0";
        }
        return tenths % 10 == 0 ? Long.toString(tenths / 10)
                : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }
}
