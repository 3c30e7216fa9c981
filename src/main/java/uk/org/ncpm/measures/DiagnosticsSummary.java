package uk.org.ncpm.measures;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.FigureSource;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one-line summary of a force's diagnostics for a metric source, in the plain words of docs/method.md:
 * the force's figure, its group and England and Wales beside it, its place on the funnel plot and its SPC
 * signals. Never a rank, a league table or red/amber/green target language: a difference is called
 * more than chance only by the funnel plot's words.
 */
final class DiagnosticsSummary {

    private DiagnosticsSummary() {
    }

    static String line(Catalogue catalogue, FigureSource source, RollingPeriod period, Optional<Figure> figure,
                       GroupComparison comparison, FunnelReading funnel, Optional<ForceControlChart> chart) {
        List<String> parts = new ArrayList<>();
        String head = source.metricId() + " (" + source.label() + "), " + period.label() + ": ";
        if (figure.isEmpty()) {
            parts.add("no figure from this source for this year");
        } else if (!figure.get().isAvailable()) {
            parts.add("not available (" + figure.get().reason() + "), so not compared with other forces this year");
        } else if (comparison.ratePer().isEmpty()) {
            parts.add(value(figure.get(), comparison));
            parts.add("no rate per residents in the catalogue, so not compared with other forces");
        } else {
            parts.add(value(figure.get(), comparison));
            parts.add(comparison(catalogue, comparison));
            parts.add(funnel(funnel));
        }
        chart.ifPresent(c -> parts.add(chart(c)));
        return head + String.join("; ", parts) + ".";
    }

    private static String value(Figure f, GroupComparison comparison) {
        String value = number(f.value().getAsDouble());
        if (comparison.forceRate().isPresent()) {
            String interval = f.rateLower().isPresent() ? ", 95% interval " + decimal(f.rateLower().getAsDouble()) + " to "
                    + decimal(f.rateUpper().getAsDouble()) : "";
            return value + " (" + rate(comparison.forceRate().getAsDouble(), comparison.ratePer().getAsDouble()) + interval + ")";
        }
        return value + " (" + f.unit() + ")";
    }

    private static String comparison(Catalogue catalogue, GroupComparison c) {
        if (!c.isAvailable()) {
            return c.notAvailable().get();
        }
        String group = c.group().get().name() + " group average " + decimal(c.groupAverage().getAsDouble()) + " ("
                + c.included().size() + " of " + c.group().get().memberCodes().size() + " forces"
                + (c.leftOut().isEmpty() ? "" : "; left out: " + String.join(", ", c.leftOut().stream()
                .map(l -> catalogue.areaName(l.forceCode()).orElse(l.forceCode())).toList())) + ")";
        String national = c.englandAndWalesRate().isPresent()
                ? "England and Wales " + decimal(c.englandAndWalesRate().getAsDouble())
                : "no England and Wales rate";
        return group + ", " + national;
    }

    private static String funnel(FunnelReading f) {
        if (f.placement().isEmpty()) {
            return f.notAvailable().orElse("not on the funnel plot");
        }
        FunnelPlot plot = f.plot().get();
        String adjustment = switch (plot.model()) {
            case NONE -> "no over-dispersion adjustment";
            case MULTIPLICATIVE -> String.format(Locale.UK, "limits widened for over-dispersion: multiplicative, φ = %.2f",
                    plot.adjustment().phi());
            case ADDITIVE_RANDOM_EFFECTS -> String.format(Locale.UK, "limits for over-dispersion: additive random effects, τ = %.3f",
                    plot.adjustment().randomEffects().tau());
        };
        return "funnel plot: " + f.placement().get().position().words() + " (" + adjustment + ")";
    }

    private static String chart(ForceControlChart c) {
        if (c.notAvailable().isPresent()) {
            return c.notAvailable().get();
        }
        String since = "SPC of monthly counts since " + ForceControlChart.BASELINE_FIRST;
        if (c.signals().isEmpty()) {
            return since + ": no special-cause signals";
        }
        ChartSignal latest = c.signals().stream().max(Comparator.comparing(ChartSignal::last, YearMonth::compareTo)
                .thenComparing(ChartSignal::first, YearMonth::compareTo)).get();
        return since + ": " + c.signals().size() + (c.signals().size() == 1 ? " special-cause signal: " : " special-cause signals, the latest: ")
                + latest.words();
    }

    /** "12.81 per 1,000 residents". */
    static String rate(double rate, double per) {
        return decimal(rate) + " per " + String.format(Locale.UK, "%,d", (long) per) + " residents";
    }

    /** Two decimal places, with thousands separators: rates and averages. */
    static String decimal(double value) {
        return String.format(Locale.UK, "%,.2f", value);
    }

    /** Whole numbers with thousands separators; others to two decimal places. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.UK, "%,d", (long) value);
        }
        return String.format(Locale.UK, "%,.2f", value);
    }
}
