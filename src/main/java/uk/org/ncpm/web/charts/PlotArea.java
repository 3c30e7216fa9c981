package uk.org.ncpm.web.charts;

import java.util.List;

import static uk.org.ncpm.web.charts.SvgWriter.num;

/**
 * The geometry every chart shares: a view box {@value #WIDTH} units wide (about a page column, so
 * text of 14 units shows at about 14px), the words of the y axis above it, the y-axis labels on the
 * left, and the plot itself, {@value #HEIGHT} units high. The y scale comes from {@link Ticks};
 * the x axis is either categories (periods, months) or a linear scale (population).
 */
final class PlotArea {

    static final double WIDTH = 640;
    static final double HEIGHT = 240;
    static final double MARGIN = 12;
    /** Below the plot: tick labels, then (optionally) the x-axis words, then the legend. */
    static final double LABELS = 22;

    private static final double TOP = 56;

    final Ticks y;
    /** The view box's width: {@value #WIDTH} unless the chart is drawn small. */
    final double viewWidth;
    final double left;
    final double right;
    final double top;
    final double bottom;

    private PlotArea(Ticks y, double left, double viewWidth, double plotHeight) {
        this.y = y;
        this.viewWidth = viewWidth;
        this.left = left;
        this.right = viewWidth - 2 * MARGIN;
        this.top = TOP;
        this.bottom = TOP + plotHeight;
    }

    static PlotArea of(Ticks y) {
        return of(y, WIDTH, HEIGHT);
    }

    /** A plot in a view box {@code viewWidth} wide, {@code plotHeight} high: small multiples keep the text size and shrink the plot. */
    static PlotArea of(Ticks y, double viewWidth, double plotHeight) {
        double widest = y.values().stream().mapToDouble(v -> TextWidth.of(y.label(v))).max().orElse(0);
        return new PlotArea(y, MARGIN + Math.max(widest, 24) + 10, viewWidth, plotHeight);
    }

    double width() {
        return right - left;
    }

    /** The vertical position of a value. */
    double y(double value) {
        return bottom - (value - y.min()) / (y.max() - y.min()) * (bottom - top);
    }

    /** Whether a value is within the y axis. */
    boolean showsY(double value) {
        return value >= y.min() && value <= y.max();
    }

    /** Horizontal gridlines with their labels, the words of the y axis above them, the x-axis line. */
    void drawYAxis(SvgWriter svg, String words) {
        svg.open("g", "class", "app-chart__y-axis");
        svg.text("text", words, "x", num(MARGIN), "y", "24", "font-weight", "bold");
        for (double tick : y.values()) {
            double at = y(tick);
            if (tick != y.min()) {
                svg.empty("line", "x1", num(left), "y1", num(at), "x2", num(right), "y2", num(at), "stroke", Palette.MID_GREY,
                        "stroke-width", "1");
            }
            svg.text("text", y.label(tick), "x", num(left - 8), "y", num(at + 5), "text-anchor", "end");
        }
        svg.empty("line", "x1", num(left), "y1", num(bottom), "x2", num(right), "y2", num(bottom), "stroke", Palette.BLACK,
                "stroke-width", "1");
        svg.close("g");
    }

    /** The centre of category {@code i} of {@code n}. */
    double categoryX(int i, int n) {
        return left + (i + 0.5) * width() / n;
    }

    /**
     * A tick under every category and as many labels as fit without overlapping, always including
     * the last (the latest period), then every k-th counting back from it.
     */
    void drawCategoryAxis(SvgWriter svg, List<String> labels) {
        int n = labels.size();
        double widest = labels.stream().mapToDouble(TextWidth::of).max().orElse(0) + 10;
        int every = Math.max(1, (int) Math.ceil(widest / (width() / Math.max(n, 1))));
        svg.open("g", "class", "app-chart__x-axis");
        for (int i = 0; i < n; i++) {
            double x = categoryX(i, n);
            svg.empty("line", "x1", num(x), "y1", num(bottom), "x2", num(x), "y2", num(bottom + 5), "stroke", Palette.BLACK,
                    "stroke-width", "1");
            if ((n - 1 - i) % every == 0) {
                svg.text("text", labels.get(i), "x", num(x), "y", num(bottom + LABELS), "text-anchor", "middle");
            }
        }
        svg.close("g");
    }

    /** The horizontal position of a value on a linear x axis. */
    double x(Ticks x, double value) {
        return left + (value - x.min()) / (x.max() - x.min()) * width();
    }

    /** Ticks and labels of a linear x axis, and its words centred under them. */
    void drawLinearXAxis(SvgWriter svg, Ticks x, String words) {
        svg.open("g", "class", "app-chart__x-axis");
        for (double tick : x.values()) {
            double at = x(x, tick);
            svg.empty("line", "x1", num(at), "y1", num(bottom), "x2", num(at), "y2", num(bottom + 5), "stroke", Palette.BLACK,
                    "stroke-width", "1");
            String label = x.label(tick);
            double half = TextWidth.of(label) / 2;
            double centre = Math.min(Math.max(at, half + 2), viewWidth - half - 2);
            svg.text("text", label, "x", num(centre), "y", num(bottom + LABELS), "text-anchor", "middle");
        }
        svg.text("text", words, "x", num(left + width() / 2), "y", num(bottom + 2 * LABELS + 4), "text-anchor", "middle",
                "font-weight", "bold");
        svg.close("g");
    }

    /** Opens the root element with its title and description; the caller closes it with {@code </svg>}. */
    static SvgWriter begin(String id, String title, String description, double height) {
        return begin(id, title, description, WIDTH, height);
    }

    static SvgWriter begin(String id, String title, String description, double width, double height) {
        SvgWriter svg = new SvgWriter();
        String root = Xml.id(id);
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "id", root, "class", "app-chart", "role", "img",
                "aria-labelledby", root + "-title " + root + "-desc", "viewBox", "0 0 " + num(width) + " " + num(height),
                "width", "100%", "font-family", Palette.FONT, "font-size", num(Palette.FONT_SIZE), "fill", Palette.BLACK);
        svg.text("title", title, "id", root + "-title");
        svg.text("desc", description, "id", root + "-desc");
        return svg;
    }

    /** A path through the points as one line. */
    static String polyline(List<double[]> points) {
        StringBuilder d = new StringBuilder();
        for (double[] p : points) {
            d.append(d.length() == 0 ? 'M' : 'L').append(num(p[0])).append(' ').append(num(p[1]));
        }
        return d.toString();
    }
}
