package uk.org.ncpm.web.charts;

/**
 * An SVG document made by this package: every piece of text in it has been XML-escaped, so a
 * template may render it as trusted markup ({@code $unsafe{chart.markup()}} in jte). Only this
 * package can make one.
 */
public final class Svg {

    private final String markup;

    Svg(String markup) {
        this.markup = markup;
    }

    /** The {@code <svg>...</svg>} element, ready to inline in HTML or save as an .svg file. */
    public String markup() {
        return markup;
    }

    @Override
    public String toString() {
        return markup;
    }
}
