package uk.org.ncpm.web.charts;

import uk.org.ncpm.text.NumberText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static uk.org.ncpm.web.charts.SvgWriter.num;

/**
 * A statistical process control (XmR) chart of a monthly series: the months' values as a line, the
 * centre line (solid) and process limits (dashed) across the chart, months in a special-cause signal
 * as larger purple diamonds (the other months are small blue circles), and a break in the line for a
 * missing month, never zero. The y axis starts at 0 unless told otherwise; a lower limit below the
 * axis cannot be crossed and is not drawn.
 *
 * <pre>
 *   Svg svg = SpcChart.of("spc", "Neighbourhood crime by month, Gwent Police", months, chart.centre(),
 *           chart.lowerLimit(), chart.upperLimit()).withAxisWords("Number of offences")
 *           .withVerdict("a run of 8 points below the centre line, 2020-03 to 2020-10").render();
 * </pre>
 */
public final class SpcChart {

    private static final String LIMIT = "8 4";

    private final String id;
    private final String title;
    private final List<SpcMonth> months;
    private final double centre;
    private final double lowerLimit;
    private final double upperLimit;
    private final String axisWords;
    private final String verdict;
    private final boolean fromZero;

    private SpcChart(String id, String title, List<SpcMonth> months, double centre, double lowerLimit, double upperLimit,
                     String axisWords, String verdict, boolean fromZero) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.months = List.copyOf(months);
        if (!(lowerLimit <= centre && centre <= upperLimit) || !Double.isFinite(lowerLimit) || !Double.isFinite(upperLimit)) {
            throw new IllegalArgumentException("limits must be finite with lower ≤ centre ≤ upper, found " + lowerLimit + ", "
                    + centre + ", " + upperLimit);
        }
        this.centre = centre;
        this.lowerLimit = lowerLimit;
        this.upperLimit = upperLimit;
        this.axisWords = Objects.requireNonNull(axisWords, "axisWords");
        this.verdict = Objects.requireNonNull(verdict, "verdict");
        this.fromZero = fromZero;
    }

    /**
     * A chart of the months given, oldest first, every calendar month in the range (missing ones
     * included, as {@link SpcMonth#missing}).
     */
    public static SpcChart of(String id, String title, List<SpcMonth> months, double centre, double lowerLimit,
                              double upperLimit) {
        return new SpcChart(id, title, months, centre, lowerLimit, upperLimit, "Value", "", true);
    }

    /** The words above the y axis, e.g. "Number of offences". */
    public SpcChart withAxisWords(String words) {
        return new SpcChart(id, title, months, centre, lowerLimit, upperLimit, words, verdict, fromZero);
    }

    /** The signals or verdict in words, ending the description. */
    public SpcChart withVerdict(String words) {
        return new SpcChart(id, title, months, centre, lowerLimit, upperLimit, axisWords, words, fromZero);
    }

    /** Whether the y axis starts at 0 (the default) or just below the lowest value or limit. */
    public SpcChart withYFromZero(boolean fromZero) {
        return new SpcChart(id, title, months, centre, lowerLimit, upperLimit, axisWords, verdict, fromZero);
    }

    public Svg render() {
        Legend legend = new Legend().add("Monthly value", Legend.series(Palette.BLUE))
                .add("Centre line (mean)", Legend.line(Palette.BLACK, 2, ""))
                .add("Process limits", Legend.line(Palette.DARK_GREY, 2, LIMIT));
        if (months.stream().anyMatch(SpcMonth::signal)) {
            legend.add("Special-cause signal", Legend.marker(Marker.DIAMOND, 7, Palette.PURPLE, Palette.BLACK));
        }
        PlotArea plot = PlotArea.of(yTicks());
        double legendTop = plot.bottom + PlotArea.LABELS + 26;
        double height = legendTop + (legend.rows(plot.left, plot.right) - 0.5) * Legend.ROW_HEIGHT + PlotArea.MARGIN;

        SvgWriter svg = PlotArea.begin(id, title, description(), height);
        plot.drawYAxis(svg, axisWords);
        plot.drawCategoryAxis(svg, months.stream().map(SpcMonth::label).toList());
        level(svg, plot, upperLimit, "app-chart__limit", Palette.DARK_GREY, LIMIT);
        level(svg, plot, lowerLimit, "app-chart__limit", Palette.DARK_GREY, LIMIT);
        level(svg, plot, centre, "app-chart__centre", Palette.BLACK, "");
        for (Runs run : Runs.of(months.size(), i -> months.get(i).value().isPresent())) {
            List<double[]> line = new ArrayList<>();
            for (int i = run.first(); i <= run.last(); i++) {
                line.add(new double[]{plot.categoryX(i, months.size()), plot.y(months.get(i).value().getAsDouble())});
            }
            svg.empty("path", "class", "app-chart__line", "d", PlotArea.polyline(line), "fill", "none", "stroke", Palette.BLUE,
                    "stroke-width", "2", "stroke-linejoin", "round");
        }
        for (int i = 0; i < months.size(); i++) {
            SpcMonth m = months.get(i);
            if (m.value().isEmpty()) {
                continue;
            }
            double x = plot.categoryX(i, months.size());
            double y = plot.y(m.value().getAsDouble());
            String words = m.label() + ": " + NumberText.figure(m.value().getAsDouble());
            if (m.signal()) {
                Marker.DIAMOND.draw(svg, x, y, 7, "app-chart__point app-chart__point--signal", Palette.PURPLE, Palette.BLACK,
                        words + ", special-cause signal");
            } else {
                Marker.CIRCLE.draw(svg, x, y, 3.5, "app-chart__point", Palette.BLUE, Palette.BLUE, words);
            }
        }
        legend.draw(svg, plot.left, plot.right, legendTop);
        return svg.close("svg").toSvg();
    }

    private Ticks yTicks() {
        double low = Math.min(centre, upperLimit);
        double high = upperLimit;
        if (!fromZero || lowerLimit >= 0) {
            low = Math.min(low, lowerLimit);
        }
        for (SpcMonth m : months) {
            if (m.value().isPresent()) {
                low = Math.min(low, m.value().getAsDouble());
                high = Math.max(high, m.value().getAsDouble());
            }
        }
        return YAxis.ticks(low, high, fromZero);
    }

    private static void level(SvgWriter svg, PlotArea plot, double value, String cssClass, String colour, String dashes) {
        if (!plot.showsY(value)) {
            return;
        }
        double y = plot.y(value);
        List<String> attributes = new ArrayList<>(List.of("class", cssClass, "x1", num(plot.left), "y1", num(y),
                "x2", num(plot.right), "y2", num(y), "stroke", colour, "stroke-width", "2"));
        if (!dashes.isEmpty()) {
            attributes.addAll(List.of("stroke-dasharray", dashes));
        }
        svg.empty("line", attributes.toArray(String[]::new));
    }

    private String description() {
        if (months.isEmpty()) {
            return Sentence.of("No months to show");
        }
        StringBuilder text = new StringBuilder(Sentence.of("Statistical process control chart of monthly values from "
                + months.get(0).label() + " to " + months.get(months.size() - 1).label() + ": centre line "
                + NumberText.figure(centre) + ", process limits " + NumberText.figure(lowerLimit) + " to "
                + NumberText.figure(upperLimit)));
        months.stream().filter(m -> m.value().isPresent()).reduce((a, b) -> b).ifPresent(m -> text.append(' ')
                .append(Sentence.of("Latest, " + m.label() + ": " + NumberText.figure(m.value().getAsDouble()))));
        List<String> signals = months.stream().filter(SpcMonth::signal).map(SpcMonth::label).toList();
        text.append(' ').append(signals.isEmpty() ? "No month is marked as a special-cause signal."
                : Sentence.of(signals.size() + (signals.size() == 1 ? " month is" : " months are")
                + " marked as special-cause signals: " + String.join(", ", signals)));
        List<String> missing = months.stream().filter(m -> m.value().isEmpty()).map(SpcMonth::label).toList();
        if (!missing.isEmpty()) {
            text.append(' ').append(Sentence.of("Missing, shown as " + (missing.size() == 1 ? "a gap" : "gaps") + ": "
                    + String.join(", ", missing)));
        }
        if (!verdict.isBlank()) {
            text.append(' ').append(Sentence.of(verdict));
        }
        return text.toString();
    }
}
