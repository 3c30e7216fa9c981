package uk.org.ncpm.web.charts;

import uk.org.ncpm.text.NumberText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

import static uk.org.ncpm.web.charts.SvgWriter.num;

/**
 * A funnel plot (Spiegelhalter 2005): each force's rate against its population, the England and
 * Wales rate as a solid line, and the 95% (dashed) and 99.8% (dotted) limits as curves around it.
 * Points carry no visible names, so the chart places forces without ranking them; each point's name
 * is its tooltip, and the force the page is about is drawn as a larger blue diamond, the others as
 * hollow grey circles: shape and colour both differ. Both axes start at 0; the limit curves are
 * clipped to the plot where they leave it at small populations. A force set apart (City of London, whose
 * per-resident rate is not comparable; {@link FunnelPoint#setApart()}) does not set the axes: if its rate is
 * above the axis it is drawn at the top edge as an arrow pointing up, with a note in the plot and in the
 * description ("City of London Police: rate off the scale, 125; per-resident rates are not comparable").
 *
 * <pre>
 *   List&lt;LimitsAtPopulation&gt; limits = LimitsAtPopulation.sample(50_000, 3_000_000, 80, p -&gt; {
 *       FunnelLimits l = FunnelLimits.of(nationalRate, p / 1000, phi);
 *       return new LimitsAtPopulation(p, l.lower998(), l.lower95(), l.upper95(), l.upper998());
 *   });
 *   Svg svg = FunnelChart.of("funnel", "Neighbourhood crime rate by force population, year ending June 2021",
 *           points, nationalRate).withLimits(limits).withAxisWords("Rate per 1,000 residents")
 *           .withVerdict("Gwent Police: within expected range").render();
 * </pre>
 */
public final class FunnelChart {

    private static final String LIMIT_95 = "8 4";
    private static final String LIMIT_998 = "2 4";

    private final String id;
    private final String title;
    private final List<FunnelPoint> points;
    private final double nationalRate;
    private final List<LimitsAtPopulation> limits;
    private final String axisWords;
    private final String nationalWords;
    private final String verdict;

    private FunnelChart(String id, String title, List<FunnelPoint> points, double nationalRate, List<LimitsAtPopulation> limits,
                        String axisWords, String nationalWords, String verdict) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.points = List.copyOf(points);
        this.nationalRate = nationalRate;
        this.limits = limits.stream().sorted(Comparator.comparingDouble(LimitsAtPopulation::population)).toList();
        this.axisWords = Objects.requireNonNull(axisWords, "axisWords");
        this.nationalWords = Objects.requireNonNull(nationalWords, "nationalWords");
        this.verdict = Objects.requireNonNull(verdict, "verdict");
        if (points.stream().filter(FunnelPoint::highlighted).count() > 1) {
            throw new IllegalArgumentException("a funnel chart highlights at most one force, found "
                    + points.stream().filter(FunnelPoint::highlighted).map(FunnelPoint::label).toList());
        }
        if (!(nationalRate >= 0) || !Double.isFinite(nationalRate)) {
            throw new IllegalArgumentException("nationalRate must be a number of at least 0, found " + nationalRate);
        }
    }

    /**
     * A funnel of the forces given around the England and Wales rate, without limits until
     * {@link #withLimits} gives them.
     */
    public static FunnelChart of(String id, String title, List<FunnelPoint> points, double nationalRate) {
        return new FunnelChart(id, title, points, nationalRate, List.of(), "Rate", "England and Wales rate", "");
    }

    /** The limit curves, sampled at populations across the plot (see {@link LimitsAtPopulation#sample}). */
    public FunnelChart withLimits(List<LimitsAtPopulation> limits) {
        return new FunnelChart(id, title, points, nationalRate, limits, axisWords, nationalWords, verdict);
    }

    /** The words above the y axis, e.g. "Rate per 1,000 residents". */
    public FunnelChart withAxisWords(String words) {
        return new FunnelChart(id, title, points, nationalRate, limits, words, nationalWords, verdict);
    }

    /** The central line's name in the key, "England and Wales rate" unless told otherwise. */
    public FunnelChart withNationalWords(String words) {
        return new FunnelChart(id, title, points, nationalRate, limits, axisWords, words, verdict);
    }

    /** The verdict in words, ending the description, e.g. "Gwent Police: within expected range". */
    public FunnelChart withVerdict(String words) {
        return new FunnelChart(id, title, points, nationalRate, limits, axisWords, nationalWords, words);
    }

    public Svg render() {
        Legend legend = legend();
        double maxPopulation = points.stream().mapToDouble(FunnelPoint::population).max().orElse(1);
        Ticks x = Ticks.of(0, Math.max(maxPopulation, limits.stream().mapToDouble(LimitsAtPopulation::population).max().orElse(0)), 5);
        PlotArea plot = PlotArea.of(YAxis.ticks(0, highestRate(), true));
        double legendTop = plot.bottom + 3 * PlotArea.LABELS + 14;
        double height = legendTop + (legend.rows(plot.left, plot.right) - 0.5) * Legend.ROW_HEIGHT + PlotArea.MARGIN;

        SvgWriter svg = PlotArea.begin(id, title, description(), height);
        plot.drawYAxis(svg, axisWords);
        plot.drawLinearXAxis(svg, x, "Population (residents)");
        String clip = Xml.id(id) + "-clip";
        svg.open("clipPath", "id", clip).empty("rect", "x", num(plot.left), "y", num(plot.top), "width", num(plot.width()),
                "height", num(plot.bottom - plot.top)).close("clipPath");
        svg.open("g", "clip-path", "url(#" + clip + ")");
        curve(svg, plot, x, LimitsAtPopulation::lower998, LIMIT_998);
        curve(svg, plot, x, LimitsAtPopulation::upper998, LIMIT_998);
        curve(svg, plot, x, LimitsAtPopulation::lower95, LIMIT_95);
        curve(svg, plot, x, LimitsAtPopulation::upper95, LIMIT_95);
        svg.close("g");
        double national = plot.y(nationalRate);
        svg.empty("line", "class", "app-chart__reference", "x1", num(plot.left), "y1", num(national), "x2", num(plot.right),
                "y2", num(national), "stroke", Palette.BLACK, "stroke-width", "2");
        double noteY = plot.top + 16;
        for (FunnelPoint p : points) {
            if (offScale(plot, p)) {
                double px = plot.x(x, p.population());
                Marker.ARROW_UP.draw(svg, px, plot.top + 7, 7, "app-chart__point app-chart__point--off-scale", Palette.WHITE,
                        Palette.BLACK, p.offScaleWords());
                svg.text("text", p.offScaleWords(), "x", num(px + 12), "y", num(noteY), "font-size", "13");
                noteY += 16;
            } else if (!p.highlighted()) {
                Marker.CIRCLE.draw(svg, plot.x(x, p.population()), plot.y(p.rate()), 5, "app-chart__point", Palette.WHITE,
                        Palette.DARK_GREY, p.words());
            }
        }
        points.stream().filter(p -> p.highlighted() && !offScale(plot, p)).forEach(p -> Marker.DIAMOND.draw(svg, plot.x(x, p.population()),
                plot.y(p.rate()), 9, "app-chart__point app-chart__point--highlighted", Palette.BLUE, Palette.BLACK, p.words()));
        legend.draw(svg, plot.left, plot.right, legendTop);
        return svg.close("svg").toSvg();
    }

    private double axisTop() {
        return YAxis.ticks(0, highestRate(), true).max();
    }

    private static boolean offScale(PlotArea plot, FunnelPoint p) {
        return !p.setsAxes() && p.rate() > plot.y.max();
    }

    /**
     * The top of the y axis: every force that sets the axes, the national rate, and the limits from the smallest such
     * force's population up.
     */
    private double highestRate() {
        double smallest = points.stream().filter(FunnelPoint::setsAxes).mapToDouble(FunnelPoint::population).min().orElse(0);
        double high = Math.max(nationalRate, points.stream().filter(FunnelPoint::setsAxes).mapToDouble(FunnelPoint::rate)
                .max().orElse(0));
        for (LimitsAtPopulation limit : limits) {
            if (limit.population() >= smallest) {
                high = Math.max(high, limit.upper998());
            }
        }
        return high;
    }

    private void curve(SvgWriter svg, PlotArea plot, Ticks x, ToDoubleFunction<LimitsAtPopulation> rate, String dashes) {
        if (limits.size() < 2) {
            return;
        }
        List<double[]> line = new ArrayList<>();
        for (LimitsAtPopulation limit : limits) {
            // Beyond the plot the curve runs off to large rates; 4 plot heights up is far enough to leave it cleanly.
            double y = Math.max(plot.y(rate.applyAsDouble(limit)), plot.top - 4 * (plot.bottom - plot.top));
            line.add(new double[]{plot.x(x, limit.population()), y});
        }
        svg.empty("path", "class", "app-chart__limit", "d", PlotArea.polyline(line), "fill", "none", "stroke", Palette.DARK_GREY,
                "stroke-width", "2", "stroke-dasharray", dashes);
    }

    private Legend legend() {
        Legend legend = new Legend();
        points.stream().filter(FunnelPoint::highlighted).findFirst().ifPresent(p ->
                legend.add(p.label(), Legend.marker(Marker.DIAMOND, 8, Palette.BLUE, Palette.BLACK)));
        legend.add(points.stream().anyMatch(FunnelPoint::highlighted) ? "Other forces" : "Forces",
                Legend.marker(Marker.CIRCLE, 5, Palette.WHITE, Palette.DARK_GREY));
        if (points.stream().anyMatch(p -> !p.setsAxes() && p.rate() > axisTop())) {
            legend.add("Rate off the scale, drawn at the top edge", Legend.marker(Marker.ARROW_UP, 7, Palette.WHITE, Palette.BLACK));
        }
        legend.add(nationalWords, Legend.line(Palette.BLACK, 2, ""));
        if (limits.size() >= 2) {
            legend.add("95% limits", Legend.line(Palette.DARK_GREY, 2, LIMIT_95));
            legend.add("99.8% limits", Legend.line(Palette.DARK_GREY, 2, LIMIT_998));
        }
        return legend;
    }

    private String description() {
        StringBuilder text = new StringBuilder(Sentence.of("Funnel plot of the rate against population for "
                + points.size() + (points.size() == 1 ? " force" : " forces") + ", with the " + nationalWords + " ("
                + NumberText.figure(nationalRate) + ")" + (limits.size() >= 2 ? " and its 95% and 99.8% limits" : "")));
        points.stream().filter(FunnelPoint::highlighted).findFirst().ifPresent(p ->
                text.append(' ').append(Sentence.of(p.label() + ", marked by a blue diamond, has rate "
                        + NumberText.figure(p.rate()) + " at population " + NumberText.figure(p.population()))));
        points.stream().filter(p -> !p.setsAxes() && p.rate() > axisTop())
                .forEach(p -> text.append(' ').append(Sentence.of(p.offScaleWords() + " (drawn at the top edge of the plot)")));
        if (!verdict.isBlank()) {
            text.append(' ').append(Sentence.of(verdict));
        }
        return text.append(" Forces are placed, not ranked.").toString();
    }
}
