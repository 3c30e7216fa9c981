package uk.org.ncpm.web;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.FigureSource;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.catalogue.Metric;
import uk.org.ncpm.measures.RollingPeriod;
import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.web.govuk.Table;
import uk.org.ncpm.web.govuk.Table.Cell;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The tables of a measure page: a national series by rolling year, and the forces for one year in alphabetical order. */
final class MeasureTables {

    /** Up to seven columns of figures: GOV.UK's 16px text override keeps them readable without sideways scrolling. */
    private static final String WIDE = "govuk-!-font-size-16";

    private MeasureTables() {
    }

    /** The national series, every rolling year (those before the baseline too), oldest first: the table behind its chart. */
    static Table national(Metric metric, FigureSource source, String areaName, List<Figure> figures) {
        List<Figure> series = figures.stream().sorted(Comparator.comparing(Figure::periodEnd)).toList();
        boolean notes = series.stream().anyMatch(f -> !FigureText.notes(f).isEmpty());
        List<List<Cell>> rows = new ArrayList<>();
        for (Figure f : series) {
            rows.add(row(Cell.text(new RollingPeriod(f.periodEnd()).label()), metric, f, notes));
        }
        return new Table(areaName + " by rolling year, " + source.label(), "govuk-table__caption--s", true,
                head("Rolling year", metric, notes), rows).withClasses(WIDE);
    }

    /**
     * Every force with a figure for the latest year of the source, in alphabetical order of name: force
     * figures are diagnostic (docs/method.md, "Force diagnostics"), so the table is never sorted by value and
     * nothing is ranked.
     */
    static Table forces(Catalogue catalogue, Metric metric, FigureSource source, List<Figure> figures) {
        YearMonth latest = latest(figures);
        Map<String, Figure> byForce = figures.stream().filter(f -> f.periodEnd().equals(latest))
                .collect(Collectors.toMap(Figure::areaCode, Function.identity(), (a, b) -> a));
        List<Force> forces = catalogue.forces().territorial().stream().filter(f -> byForce.containsKey(f.code()))
                .sorted(Comparator.comparing(Force::name)).toList();
        boolean notes = forces.stream().anyMatch(f -> !FigureText.notes(byForce.get(f.code())).isEmpty());
        List<List<Cell>> rows = new ArrayList<>();
        for (Force force : forces) {
            rows.add(row(Cell.link(force.name(), "/forces/" + force.slug()), metric, byForce.get(force.code()), notes));
        }
        return new Table("Forces in alphabetical order, " + new RollingPeriod(latest).label() + ", " + source.label(),
                "govuk-table__caption--s", true, head("Force", metric, notes), rows).withClasses(WIDE);
    }

    /** The latest rolling year of the figures: the year of the force table and the funnel plot. */
    static YearMonth latest(List<Figure> figures) {
        return figures.stream().map(Figure::periodEnd).max(Comparator.naturalOrder()).orElseThrow();
    }

    private static List<Cell> head(String first, Metric metric, boolean notes) {
        List<Cell> head = new ArrayList<>(List.of(Cell.text(first),
                Cell.numeric(MetricDescription.capitalise(metric.unit().heading())),
                Cell.numeric("95% interval")));
        if (metric.ratePer().isPresent()) {
            head.add(Cell.numeric("Rate " + FigureText.per(OptionalDouble.of(metric.ratePer().getAsInt())) + " residents"));
        }
        head.add(Cell.numeric("Change since baseline"));
        head.add(Cell.text("Verdict"));
        if (notes) {
            head.add(Cell.text("Notes"));
        }
        return head;
    }

    private static List<Cell> row(Cell first, Metric metric, Figure f, boolean notes) {
        List<Cell> row = new ArrayList<>(List.of(first, Cell.numeric(FigureText.value(f)), Cell.numeric(FigureText.interval(f))));
        if (metric.ratePer().isPresent()) {
            row.add(Cell.numeric(FigureText.rate(f)));
        }
        row.add(Cell.numeric(FigureText.change(f)));
        row.add(Cell.text(FigureText.verdict(f)));
        if (notes) {
            row.add(Cell.text(FigureText.notes(f)));
        }
        return row;
    }
}
