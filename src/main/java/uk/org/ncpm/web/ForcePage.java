package uk.org.ncpm.web;

import uk.org.ncpm.catalogue.Area;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.catalogue.Measure;
import uk.org.ncpm.catalogue.Metric;
import uk.org.ncpm.measures.ComparatorGroup;
import uk.org.ncpm.measures.Diagnostics;
import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.text.NamedForces;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A force's page, the one its Police and Crime Commissioner points the public to and the basis of the
 * PCC's statement on the national priorities: a summary, a table of each figure's latest year and its
 * changes, then one section per priority (the catalogue's measures, in order) with the force's
 * figures and their diagnostics, and the measures published only nationally as context; the sources
 * at the end. Diagnostic, never a ranking (docs/method.md, "Force diagnostics").
 *
 * @param summary           the sentences at the top
 * @param table             the summary table: each metric source's latest year
 * @param priorities        the six priorities, in the catalogue's order
 * @param context           figures of series that are no NCPM metric (robbery), kept as context after the priorities
 * @param diagnosticsPeriod the rolling year of the diagnostics, e.g. "year ending June 2021"; empty when there are none
 * @param group             the comparator group in words: who is in it, how it was chosen, how it is averaged
 * @param sources           the source notes at the end, one per metric source shown
 */
public record ForcePage(boolean sample, Force force, ForceSummary summary, List<ForceSummaryRow> table,
                        List<ForcePriority> priorities, List<ForceSeries> context, String diagnosticsPeriod,
                        List<String> group, List<SourceNote> sources, Optional<OfficerNumbers> officers) {

    /** National areas in the order a metric's national figure is looked for (as on the measure pages). */
    static final List<String> NATIONAL = List.of(Area.ENGLAND_AND_WALES, Area.ENGLAND, "K02000001");

    public ForcePage {
        table = List.copyOf(table);
        priorities = List.copyOf(priorities);
        context = List.copyOf(context);
        group = List.copyOf(group);
        sources = List.copyOf(sources);
    }

    /** Every series of the page, priority by priority, then the context series. */
    public List<ForceSeries> series() {
        List<ForceSeries> all = new ArrayList<>();
        priorities.forEach(p -> all.addAll(p.series()));
        all.addAll(context);
        return all;
    }

    public static ForcePage of(Catalogue catalogue, Force force, Snapshot snapshot) {
        Optional<Diagnostics> diagnostics = snapshot.diagnostics().of(force);
        ForceFigures figures = ForceFigures.of(catalogue, force, snapshot.figures());
        Map<String, ForceSeries> built = new LinkedHashMap<>();
        figures.bySource().forEach((key, list) -> built.put(key, ForceSeries.of(catalogue, force, snapshot.diagnostics(),
                diagnostics, list, figures.national(key))));

        List<ForcePriority> priorities = new ArrayList<>();
        for (Measure measure : catalogue.measures()) {
            List<ForceSeries> own = new ArrayList<>();
            built.forEach((key, s) -> {
                if (figures.measureOf(key).filter(measure.id()::equals).isPresent()) {
                    own.add(s);
                }
            });
            List<NationalContext> national = catalogue.metrics().stream()
                    .filter(m -> m.measureId().equals(measure.id()) && !figures.hasForceFigures(m.id()))
                    .map(m -> nationalContext(catalogue, force, m, figures)).toList();
            priorities.add(new ForcePriority("priority-" + measure.id(), measure.name(), own, national));
        }
        List<ForceSeries> context = new ArrayList<>();
        built.forEach((key, s) -> {
            if (figures.measureOf(key).isEmpty()) {
                context.add(s);
            }
        });

        List<Figure> latest = figures.bySource().values().stream().map(ForceFigures::latestAvailable)
                .flatMap(Optional::stream).toList();
        List<ForceSummaryRow> table = new ArrayList<>();
        figures.bySource().forEach((key, list) -> table.add(ForceSummaryRow.of(built.get(key), list)));
        return new ForcePage(snapshot.sample(), force, ForceSummary.of(latest), table, priorities, context,
                diagnostics.map(d -> d.period().label()).orElse(""), diagnostics.map(d -> group(catalogue, d)).orElse(List.of()),
                SourceNote.of(built, figures, snapshot.sourceFiles()), snapshot.officerNumbers(force.code()));
    }

    private static NationalContext nationalContext(Catalogue catalogue, Force force, Metric metric, ForceFigures figures) {
        Optional<Figure> national = figures.nationalOfMetric(metric.id());
        String where = national.map(f -> f.areaCode().equals(Area.ENGLAND) ? "England" : f.areaCode().equals(Area.ENGLAND_AND_WALES)
                ? "England and Wales" : "the United Kingdom").orElse("");
        String scope;
        if (metric.geographies().contains("forces")) {
            scope = "This metric can be published for each force, but there are no figures for " + force.name()
                    + " on this site yet.";
        } else if (national.isEmpty()) {
            scope = "This metric is published only nationally, and its national figures are not on this site yet.";
        } else {
            scope = "This metric is published only for " + where + ", not for each force: it is shown here as national context.";
        }
        String label = national.map(f -> PublicWords.of(f.sourceLabel())).orElse(metric.source());
        return new NationalContext("national-" + metric.id(), metric.name(), label, scope, national.map(f -> NationalFigure.of(catalogue, f)));
    }

    private static List<String> group(Catalogue catalogue, Diagnostics d) {
        if (d.group().isEmpty()) {
            return List.of("No comparator group: " + d.force().name() + " is compared with England and Wales only.");
        }
        ComparatorGroup g = d.group().get();
        List<String> lines = new ArrayList<>();
        lines.add("Comparator group: " + DiagnosticsSection.groupName(g) + " (" + NamedForces.of(catalogue, g.memberCodes())
                + "), " + PublicWords.of(g.basis()) + ".");
        lines.add("Group average: " + ComparatorGroup.METHOD + ".");
        g.notes().forEach(note -> lines.add("Note: " + note + "."));
        return lines;
    }

    /** Oldest first. */
    static List<Figure> byPeriod(List<Figure> figures) {
        return figures.stream().sorted(Comparator.comparing(Figure::periodEnd)).toList();
    }
}
