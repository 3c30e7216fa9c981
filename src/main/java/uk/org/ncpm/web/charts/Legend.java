package uk.org.ncpm.web.charts;

import java.util.ArrayList;
import java.util.List;

import static uk.org.ncpm.web.charts.SvgWriter.num;

/**
 * A chart's key: a swatch and words for each kind of mark, laid out in rows that wrap within the
 * chart's width.
 */
final class Legend {

    static final double ROW_HEIGHT = 24;
    private static final double SWATCH = 28;
    private static final double GAP = 22;

    /** How one item's swatch is drawn, centred vertically on y, from x to x + 28. */
    interface Swatch {
        void draw(SvgWriter svg, double x, double y);
    }

    private record Item(String words, Swatch swatch) {
    }

    private final List<Item> items = new ArrayList<>();

    Legend add(String words, Swatch swatch) {
        items.add(new Item(words, swatch));
        return this;
    }

    static Swatch line(String colour, double width, String dashes) {
        return (svg, x, y) -> {
            List<String> attributes = new ArrayList<>(List.of("x1", num(x), "y1", num(y), "x2", num(x + SWATCH), "y2", num(y),
                    "stroke", colour, "stroke-width", num(width)));
            if (!dashes.isEmpty()) {
                attributes.addAll(List.of("stroke-dasharray", dashes));
            }
            svg.empty("line", attributes.toArray(String[]::new));
        };
    }

    static Swatch marker(Marker marker, double radius, String fill, String stroke) {
        return (svg, x, y) -> marker.draw(svg, x + SWATCH / 2, y, radius, "app-chart__key", fill, stroke, "");
    }

    static Swatch band(String colour) {
        return (svg, x, y) -> svg.empty("rect", "x", num(x), "y", num(y - 7), "width", num(SWATCH), "height", "14",
                "fill", colour, "fill-opacity", Palette.BAND_OPACITY);
    }

    /** Line and marker together, as a series is drawn. */
    static Swatch series(String colour) {
        return (svg, x, y) -> {
            line(colour, 3, "").draw(svg, x, y);
            Marker.CIRCLE.draw(svg, x + SWATCH / 2, y, 4, "app-chart__key", colour, colour, "");
        };
    }

    /** Rows the legend takes between {@code left} and {@code right}. */
    int rows(double left, double right) {
        return layout(left, right, null, 0);
    }

    /** Draws the legend with its first row centred on {@code top}; returns the rows used. */
    int draw(SvgWriter svg, double left, double right, double top) {
        if (items.isEmpty()) {
            return 0;
        }
        svg.open("g", "class", "app-chart__legend");
        int rows = layout(left, right, svg, top);
        svg.close("g");
        return rows;
    }

    private int layout(double left, double right, SvgWriter svg, double top) {
        if (items.isEmpty()) {
            return 0;
        }
        int row = 0;
        double x = left;
        for (Item item : items) {
            double width = SWATCH + 6 + TextWidth.of(item.words());
            if (x > left && x + width > right) {
                row++;
                x = left;
            }
            if (svg != null) {
                double y = top + row * ROW_HEIGHT;
                item.swatch().draw(svg, x, y);
                svg.text("text", item.words(), "x", num(x + SWATCH + 6), "y", num(y + 5));
            }
            x += width + GAP;
        }
        return row + 1;
    }
}
