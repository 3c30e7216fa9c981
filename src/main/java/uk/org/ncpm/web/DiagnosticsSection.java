package uk.org.ncpm.web;

import uk.org.ncpm.text.NumberText;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.ingest.CoverageRow;
import uk.org.ncpm.store.StreetCountQuery;
import uk.org.ncpm.measures.ComparatorGroup;
import uk.org.ncpm.measures.Diagnostics;
import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.measures.FunnelPlacement;
import uk.org.ncpm.measures.FunnelPlot;
import uk.org.ncpm.measures.GroupComparison;
import uk.org.ncpm.measures.RegionComparatorGroups;
import uk.org.ncpm.measures.SourceDiagnostics;
import uk.org.ncpm.text.NamedForces;
import uk.org.ncpm.web.govuk.SummaryList;
import uk.org.ncpm.web.govuk.Table;
import uk.org.ncpm.web.govuk.Table.Cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One metric source's diagnostics on the force page, in words and tables: the force's rate beside its
 * comparator group and England and Wales, its place on the funnel plot, its SPC chart (monthly sources)
 * and its data quality. Never a rank and no red/amber/green: positions are the funnel plot's words.
 *
 * @param period     "year ending June 2021"
 * @param summary    the one-line summary `ncpm diagnostics` gives
 * @param comparison the force, its group's average and England and Wales as rates; empty when not compared
 * @param notes      why it is not compared, who is left out of an average, how the group is made
 * @param funnel     the funnel plot reading
 */
public record DiagnosticsSection(String period, String summary, Optional<Table> comparison, List<String> notes,
                                 SummaryList funnel, Optional<ControlChartSection> controlChart, DataQualitySection dataQuality) {

    public DiagnosticsSection {
        notes = List.copyOf(notes);
    }

    static DiagnosticsSection of(Catalogue catalogue, Diagnostics d, SourceDiagnostics s, String metricName,
                                 List<CoverageRow> coverage, List<StreetCountQuery.Located> locations) {
        String period = d.period().label();
        GroupComparison c = s.comparison();
        List<String> notes = new ArrayList<>();
        Optional<Table> comparison = Optional.empty();
        if (c.isAvailable()) {
            comparison = Optional.of(comparison(catalogue, d, s, metricName));
            if (!c.leftOut().isEmpty()) {
                notes.add("Left out of the group average (no rate for this year): " + NamedForces.leftOut(catalogue, c.leftOut()) + ".");
            }
            if (!c.englandAndWalesLeftOut().isEmpty()) {
                notes.add("England and Wales is like-for-like: it leaves out " + NamedForces.of(catalogue, c.englandAndWalesLeftOut())
                        + ", whose data are missing for part of this year or the baseline year.");
            }
        } else {
            notes.add("Not compared with other forces: " + PublicWords.of(c.notAvailable().get()) + ".");
        }
        return new DiagnosticsSection(period, PublicWords.of(s.summary()), comparison, notes, funnel(catalogue, s),
                s.controlChart().map(chart -> ControlChartSection.of("spc-" + s.source().metricId() + "-" + s.source().source(), d.force(), metricName, s.source().label(), chart)),
                DataQualitySection.of(d.force(), s.source(), s.controlChart(), coverage, locations,
                        Optional.of(d.period())));
    }

    private static Table comparison(Catalogue catalogue, Diagnostics d, SourceDiagnostics s, String metricName) {
        GroupComparison c = s.comparison();
        ComparatorGroup group = c.group().get();
        String per = NumberText.per(c.ratePer().getAsDouble());
        String own = NumberText.decimal(c.forceRate().getAsDouble()) + s.figure().filter(f -> f.rateLower().isPresent())
                .map(f -> " (95% interval " + NumberText.decimal(f.rateLower().getAsDouble()) + " to " + NumberText.decimal(f.rateUpper().getAsDouble()) + ")")
                .orElse("");
        String count = s.figure().filter(Figure::isAvailable).map(f -> "The force's rate; count for the year: " + NumberText.figure(f.value())).orElse("The force's rate");
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.text(d.force().name()), Cell.numeric(own), Cell.text(count)));
        rows.add(List.of(Cell.text(groupName(group) + " average"), Cell.numeric(NumberText.decimal(c.groupAverage().getAsDouble())),
                Cell.text("Unweighted mean of " + c.included().size() + " of " + group.memberCodes().size() + " forces' rates, "
                        + d.force().name() + " included: " + NamedForces.of(catalogue, c.included()))));
        rows.add(List.of(Cell.text("England and Wales"), Cell.numeric(c.englandAndWalesRate().isPresent()
                        ? NumberText.decimal(c.englandAndWalesRate().getAsDouble()) : ".."),
                Cell.text(c.englandAndWalesLeftOut().isEmpty() ? "The national rate, every force included"
                        : "Like-for-like: leaves out " + NamedForces.of(catalogue, c.englandAndWalesLeftOut()))));
        return new Table(metricName + ", " + d.force().name() + " beside its " + groupName(group) + " and England and Wales, "
                + d.period().label() + " (" + PublicWords.of(s.source().label()) + ")", "govuk-table__caption--s", true,
                List.of(Cell.text("Area"), Cell.numeric("Rate " + per + " residents"), Cell.text("What it is")), rows);
    }

    private static SummaryList funnel(Catalogue catalogue, SourceDiagnostics s) {
        List<SummaryList.Row> rows = new ArrayList<>();
        Optional<FunnelPlacement> placement = s.funnel().placement();
        if (placement.isEmpty()) {
            rows.add(SummaryList.Row.of("Position", PublicWords.of(s.funnel().notAvailable().orElse("not on the funnel plot"))));
        } else {
            FunnelPlacement p = placement.get();
            FunnelPlot plot = s.funnel().plot().get();
            String per = NumberText.per(plot.ratePer());
            rows.add(SummaryList.Row.of("Position", p.position().words()));
            rows.add(SummaryList.Row.of("Limits at the force's population",
                    "95%: " + NumberText.decimal(p.limits().lower95()) + " to " + NumberText.decimal(p.limits().upper95()) + " " + per + " residents",
                    "99.8%: " + NumberText.decimal(p.limits().lower998()) + " to " + NumberText.decimal(p.limits().upper998()) + " " + per + " residents",
                    "Around the England and Wales rate, " + NumberText.decimal(plot.targetRate()) + " " + per + " residents"));
        }
        s.funnel().plot().ifPresent(plot -> {
            rows.add(SummaryList.Row.of("Over-dispersion", plot.adjustmentWords()));
            rows.add(SummaryList.Row.of("Forces on the plot", plot.forces() + (plot.leftOut().isEmpty() ? ""
                    : "; not on the plot: " + NamedForces.leftOut(catalogue, plot.leftOut()))));
        });
        return new SummaryList(rows);
    }

    /** "Wales region group" while groups are regions (no HMICFRS most-similar-group file is loaded), else "... comparator group". */
    static String groupName(ComparatorGroup group) {
        return group.name() + (group.basis().equals(RegionComparatorGroups.BASIS) ? " region group" : " comparator group");
    }


}
