package uk.org.ncpm.web.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

import static uk.org.ncpm.web.charts.SvgWriter.num;

/**
 * A figure by rolling year: one line through the years' values with their 95% intervals as a
 * shaded band, the baseline year marked by a dashed rule labelled "baseline", and a gap (labelled
 * "not available") where a year has no figure: the line is broken there, never drawn to zero. The y
 * axis starts at 0 unless {@link #withYFromZero(boolean) told otherwise}, with ticks at nice numbers.
 *
 * <pre>
 *   Svg svg = TrendChart.of("homicide-chart", "Homicide offences, Gwent Police, by rolling year", points)
 *           .withAxisWords("Number of offences").withSeriesWords("Gwent Police")
 *           .withVerdict("no significant change since the baseline").render();
 * </pre>
 *
 * <p>The description says what the chart shows, the baseline and latest values with their intervals,
 * the years not available, and the verdict given.
 */
public final class TrendChart {

    private static final double BAND_BAR = 10;
    private static final double SMALL_WIDTH = 320;
    private static final double SMALL_HEIGHT = 120;

    private final String id;
    private final String title;
    private final List<TrendPoint> points;
    private final String axisWords;
    private final String seriesWords;
    private final String verdict;
    private final boolean fromZero;
    private final boolean small;

    private TrendChart(String id, String title, List<TrendPoint> points, String axisWords, String seriesWords, String verdict,
                       boolean fromZero, boolean small) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.points = List.copyOf(points);
        this.axisWords = Objects.requireNonNull(axisWords, "axisWords");
        this.seriesWords = Objects.requireNonNull(seriesWords, "seriesWords");
        this.verdict = Objects.requireNonNull(verdict, "verdict");
        this.fromZero = fromZero;
        this.small = small;
    }

    /**
     * A chart of the years given, oldest first.
     *
     * @param id     the chart's id in the page, unique there; its title and description get ids from it
     * @param title  what the chart shows, e.g. "Homicide offences, Gwent Police, by rolling year"
     * @param points the years, oldest first, every year in the range (not-available years included)
     */
    public static TrendChart of(String id, String title, List<TrendPoint> points) {
        return new TrendChart(id, title, points, "Value", "Figure", "", true, false);
    }

    /** The words above the y axis, e.g. "Number of offences" or "Rate per 1,000 residents". */
    public TrendChart withAxisWords(String words) {
        return new TrendChart(id, title, points, words, seriesWords, verdict, fromZero, small);
    }

    /** The line's name in the key, e.g. the force's name. */
    public TrendChart withSeriesWords(String words) {
        return new TrendChart(id, title, points, axisWords, words, verdict, fromZero, small);
    }

    /** The verdict in words, ending the description, e.g. "no significant change since the baseline". */
    public TrendChart withVerdict(String words) {
        return new TrendChart(id, title, points, axisWords, seriesWords, words, fromZero, small);
    }

    /** Whether the y axis starts at 0 (the default) or just below the lowest value. */
    public TrendChart withYFromZero(boolean fromZero) {
        return new TrendChart(id, title, points, axisWords, seriesWords, verdict, fromZero, small);
    }

    /**
     * Whether to draw it small, half the width and height with the same text size, for small multiples
     * ({@value #SMALL_WIDTH} units wide): the axis then labels fewer years.
     */
    public TrendChart withSmall(boolean small) {
        return new TrendChart(id, title, points, axisWords, seriesWords, verdict, fromZero, small);
    }

    public Svg render() {
        Legend legend = new Legend().add(seriesWords, Legend.series(Palette.BLUE));
        if (points.stream().anyMatch(TrendPoint::hasInterval)) {
            legend.add("95% interval", Legend.band(Palette.BLUE));
        }
        if (points.stream().anyMatch(TrendPoint::baseline)) {
            legend.add("Baseline year", Legend.line(Palette.DARK_GREY, 2, "6 4"));
        }
        PlotArea plot = small ? PlotArea.of(yTicks(), SMALL_WIDTH, SMALL_HEIGHT) : PlotArea.of(yTicks());
        double legendTop = plot.bottom + PlotArea.LABELS + 26;
        int rows = legend.rows(plot.left, plot.right);
        double height = legendTop + (rows - 0.5) * Legend.ROW_HEIGHT + PlotArea.MARGIN;

        SvgWriter svg = PlotArea.begin(id, title, description(), plot.viewWidth, height);
        plot.drawYAxis(svg, axisWords);
        plot.drawCategoryAxis(svg, points.stream().map(TrendPoint::label).toList());
        drawBand(svg, plot);
        drawBaseline(svg, plot);
        drawLine(svg, plot);
        legend.draw(svg, plot.left, plot.right, legendTop);
        return svg.close("svg").toSvg();
    }

    private Ticks yTicks() {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (TrendPoint p : points) {
            for (OptionalDouble v : List.of(p.value(), p.lower(), p.upper())) {
                if (p.value().isPresent() && v.isPresent()) {
                    low = Math.min(low, v.getAsDouble());
                    high = Math.max(high, v.getAsDouble());
                }
            }
        }
        return YAxis.ticks(low, high, fromZero);
    }

    private double x(PlotArea plot, int i) {
        return plot.categoryX(i, points.size());
    }

    private void drawBand(SvgWriter svg, PlotArea plot) {
        for (Runs run : Runs.of(points.size(), i -> points.get(i).hasInterval())) {
            if (run.length() == 1) {
                TrendPoint p = points.get(run.first());
                double top = plot.y(p.upper().getAsDouble());
                svg.empty("rect", "class", "app-chart__band", "x", num(x(plot, run.first()) - BAND_BAR / 2), "y", num(top),
                        "width", num(BAND_BAR), "height", num(plot.y(p.lower().getAsDouble()) - top), "fill", Palette.BLUE,
                        "fill-opacity", Palette.BAND_OPACITY);
                continue;
            }
            List<double[]> outline = new ArrayList<>();
            for (int i = run.first(); i <= run.last(); i++) {
                outline.add(new double[]{x(plot, i), plot.y(points.get(i).upper().getAsDouble())});
            }
            for (int i = run.last(); i >= run.first(); i--) {
                outline.add(new double[]{x(plot, i), plot.y(points.get(i).lower().getAsDouble())});
            }
            svg.empty("path", "class", "app-chart__band", "d", PlotArea.polyline(outline) + "Z", "fill", Palette.BLUE,
                    "fill-opacity", Palette.BAND_OPACITY, "stroke", "none");
        }
    }

    private void drawBaseline(SvgWriter svg, PlotArea plot) {
        for (int i = 0; i < points.size(); i++) {
            if (!points.get(i).baseline()) {
                continue;
            }
            double x = x(plot, i);
            svg.empty("line", "class", "app-chart__baseline", "x1", num(x), "y1", num(plot.top - 6), "x2", num(x),
                    "y2", num(plot.bottom), "stroke", Palette.DARK_GREY, "stroke-width", "2", "stroke-dasharray", "6 4");
            double half = TextWidth.of("baseline") / 2;
            svg.text("text", "baseline", "x", num(Math.max(x, half + PlotArea.MARGIN)), "y", num(plot.top - 12),
                    "text-anchor", "middle", "fill", Palette.DARK_GREY);
        }
    }

    private void drawLine(SvgWriter svg, PlotArea plot) {
        for (Runs run : Runs.of(points.size(), i -> points.get(i).value().isPresent())) {
            List<double[]> line = new ArrayList<>();
            for (int i = run.first(); i <= run.last(); i++) {
                line.add(new double[]{x(plot, i), plot.y(points.get(i).value().getAsDouble())});
            }
            svg.empty("path", "class", "app-chart__line", "d", PlotArea.polyline(line), "fill", "none", "stroke", Palette.BLUE,
                    "stroke-width", "3", "stroke-linejoin", "round");
        }
        for (int i = 0; i < points.size(); i++) {
            TrendPoint p = points.get(i);
            if (p.value().isPresent()) {
                Marker.CIRCLE.draw(svg, x(plot, i), plot.y(p.value().getAsDouble()), 4.5, "app-chart__point", Palette.BLUE,
                        Palette.WHITE, "year ending " + p.label() + ": " + p.words());
            } else {
                double x = x(plot, i);
                double y = (plot.top + plot.bottom) / 2;
                svg.text("text", "not available", "class", "app-chart__gap", "x", num(x), "y", num(y + 5), "text-anchor", "middle",
                        "fill", Palette.DARK_GREY, "transform", "rotate(-90 " + num(x) + " " + num(y) + ")");
            }
        }
    }

    private String description() {
        if (points.isEmpty()) {
            return (Sentence.of("No figures to show") + verdictSentence()).strip();
        }
        StringBuilder text = new StringBuilder();
        text.append(Sentence.of("Line chart by rolling year, from the year ending " + points.get(0).label()
                + " to the year ending " + points.get(points.size() - 1).label()
                + (points.stream().anyMatch(TrendPoint::hasInterval) ? ", with the 95% interval shaded" : "")));
        points.stream().filter(TrendPoint::baseline).findFirst().ifPresent(p ->
                text.append(' ').append(Sentence.of("Baseline, year ending " + p.label() + ": " + p.words())));
        points.stream().filter(p -> p.value().isPresent()).reduce((a, b) -> b).ifPresentOrElse(
                p -> text.append(' ').append(Sentence.of("Latest, year ending " + p.label() + ": " + p.words())),
                () -> text.append(' ').append(Sentence.of("No year has a figure")));
        List<String> gaps = points.stream().filter(p -> p.value().isEmpty()).map(TrendPoint::label).toList();
        if (!gaps.isEmpty()) {
            text.append(' ').append(Sentence.of("Not available, shown as " + (gaps.size() == 1 ? "a gap" : "gaps") + ": year ending "
                    + String.join(", ", gaps)));
        }
        return text + verdictSentence();
    }

    private String verdictSentence() {
        return verdict.isBlank() ? "" : " " + Sentence.of(verdict);
    }
}
