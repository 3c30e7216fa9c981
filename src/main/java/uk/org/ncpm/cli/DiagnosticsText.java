package uk.org.ncpm.cli;

import uk.org.ncpm.text.NumberText;
import uk.org.ncpm.text.FigureColumns;
import uk.org.ncpm.text.NamedForces;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.measures.ChartSignal;
import uk.org.ncpm.measures.ComparatorGroup;
import uk.org.ncpm.measures.Diagnostics;
import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.measures.ForceControlChart;
import uk.org.ncpm.measures.FunnelPlacement;
import uk.org.ncpm.measures.FunnelPlot;
import uk.org.ncpm.measures.FunnelReading;
import uk.org.ncpm.measures.GroupComparison;
import uk.org.ncpm.measures.SourceDiagnostics;
import uk.org.ncpm.stats.FunnelLimits;
import uk.org.ncpm.stats.XmrChart;

import java.io.PrintWriter;

/** Prints a force's diagnostics for people: every section, one metric source after another. */
final class DiagnosticsText {

    private static final String INDENT = "               ";

    private DiagnosticsText() {
    }

    static void print(Diagnostics d, Catalogue catalogue, PrintWriter out) {
        out.println("Diagnostics for " + d.force().name() + " (" + d.force().code() + "), " + d.period().label());
        out.println(Diagnostics.PURPOSE);
        if (d.group().isPresent()) {
            ComparatorGroup g = d.group().get();
            out.println("Comparator group: " + g.basis() + ": " + g.name() + ": " + NamedForces.of(catalogue, g.memberCodes()) + ".");
            out.println("Group average = " + ComparatorGroup.METHOD + ".");
            g.notes().forEach(note -> out.println("Note: " + note + "."));
        } else {
            out.println("Comparator group: none; compared with England and Wales only.");
        }
        for (SourceDiagnostics s : d.sources()) {
            out.println();
            out.println(s.source().metricId() + ": " + s.source().label() + " (" + s.source().source() + ")");
            line(out, "Summary:", s.summary());
            line(out, "Figure:", figure(s));
            comparison(out, catalogue, s.comparison());
            funnel(out, catalogue, s.funnel());
            s.controlChart().ifPresent(chart -> chart(out, chart));
        }
        out.flush();
    }

    private static String figure(SourceDiagnostics s) {
        if (s.figure().isEmpty()) {
            return "no figure from this source for this year";
        }
        Figure f = s.figure().get();
        if (!f.isAvailable()) {
            return FigureColumns.NOT_AVAILABLE + " not available: " + f.reason();
        }
        String value = NumberText.plain(f.value(), -1) + " (" + f.unit() + ")";
        if (f.rate().isPresent()) {
            value += "; rate " + rate(f.rate().getAsDouble()) + " per " + NumberText.count((long) f.ratePer().getAsDouble()) + " residents"
                    + (f.rateLower().isPresent() ? ", 95% interval " + rate(f.rateLower().getAsDouble()) + " to "
                    + rate(f.rateUpper().getAsDouble()) : "") + " (" + f.populationNote() + ")";
        }
        return value;
    }

    private static void comparison(PrintWriter out, Catalogue catalogue, GroupComparison c) {
        if (!c.isAvailable()) {
            line(out, "Comparator:", "not compared: " + c.notAvailable().get()
                    + (c.englandAndWalesRate().isPresent() ? "; England and Wales " + rate(c.englandAndWalesRate().getAsDouble()) : ""));
            return;
        }
        line(out, "Comparator:", "group average " + rate(c.groupAverage().getAsDouble()) + " over "
                + c.included().size() + " of " + c.group().get().memberCodes().size() + " forces; England and Wales "
                + (c.englandAndWalesRate().isPresent() ? rate(c.englandAndWalesRate().getAsDouble()) + " (like-for-like)" : "no rate"));
        line(out, "", "averaged: " + NamedForces.of(catalogue, c.included()));
        if (!c.leftOut().isEmpty()) {
            line(out, "", "left out (no rate for this year): " + NamedForces.leftOut(catalogue, c.leftOut()));
        }
        if (!c.englandAndWalesLeftOut().isEmpty()) {
            line(out, "", "England and Wales like-for-like leaves out: " + NamedForces.of(catalogue, c.englandAndWalesLeftOut()));
        }
    }

    private static void funnel(PrintWriter out, Catalogue catalogue, FunnelReading f) {
        if (f.placement().isEmpty()) {
            line(out, "Funnel plot:", f.notAvailable().orElse("not on the funnel plot"));
            if (f.plot().isEmpty()) {
                return;
            }
        } else {
            FunnelPlacement p = f.placement().get();
            FunnelLimits l = p.limits();
            line(out, "Funnel plot:", p.position().words());
            line(out, "", "rate " + rate(p.rate()) + " around the England and Wales rate " + rate(l.targetRate())
                    + "; limits at the force's population: 95% " + rate(l.lower95()) + " to " + rate(l.upper95())
                    + ", 99.8% " + rate(l.lower998()) + " to " + rate(l.upper998()));
        }
        FunnelPlot plot = f.plot().get();
        line(out, "", plot.adjustmentWords() + "; " + plot.forces() + " forces on the plot");
        if (!plot.leftOut().isEmpty()) {
            line(out, "", "not on the plot: " + NamedForces.leftOut(catalogue, plot.leftOut()));
        }
    }

    private static void chart(PrintWriter out, ForceControlChart c) {
        String range = c.series().first() + " to " + c.series().last();
        if (c.chart().isEmpty()) {
            line(out, "SPC:", "monthly counts, " + range + ": " + c.notAvailable().get());
            c.notes().forEach(note -> line(out, "", note));
            return;
        }
        XmrChart x = c.chart().get();
        line(out, "SPC:", "monthly counts, " + range + "; centre " + rate(x.centre()) + ", process limits "
                + rate(x.lowerLimit()) + " to " + rate(x.upperLimit()));
        c.notes().forEach(note -> line(out, "", note));
        if (c.signals().isEmpty()) {
            line(out, "", "no special-cause signals: common-cause variation only");
        }
        for (ChartSignal signal : c.signals()) {
            line(out, "", "signal: " + signal.words());
        }
    }

    private static void line(PrintWriter out, String label, String text) {
        out.println("  " + (label.isEmpty() ? INDENT : label + " ".repeat(INDENT.length() - label.length())) + text);
    }


    /** The CLI gives rates to three places, as the CSV does. */
    private static String rate(double value) {
        return NumberText.fixed(value, 3);
    }
}
