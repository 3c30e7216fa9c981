package uk.org.ncpm.web;

import uk.org.ncpm.text.NumberText;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.measures.ChartSignal;
import uk.org.ncpm.measures.ForceControlChart;
import uk.org.ncpm.stats.SpcSignal.Direction;
import uk.org.ncpm.stats.XmrChart;
import uk.org.ncpm.web.charts.SpcChart;
import uk.org.ncpm.web.charts.SpcMonth;
import uk.org.ncpm.web.charts.Svg;
import uk.org.ncpm.web.govuk.Table;
import uk.org.ncpm.web.govuk.Table.Cell;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A force's SPC (XmR) chart of monthly counts on its page: the chart, each special-cause signal in words
 * with what it means, how the limits were set, and the months as a table beside the chart. Signals are
 * said as above or below, rising or falling, never as good or bad.
 *
 * @param chart        the chart; empty when there is none, with {@code notAvailable} saying why
 * @param limits       "centre line 71, process limits 51.41 to 90.59"
 * @param notes        how the chart was built: the baseline months used, the gaps
 * @param signals      each signal in words, oldest first
 * @param months       the months behind the chart: count, or the reason it is a gap; signal
 */
public record ControlChartSection(Optional<Svg> chart, String notAvailable, String limits, List<String> notes,
                                  List<Signal> signals, Table months) {

    /** A special-cause signal: what happened, and what the rule that caught it means. */
    public record Signal(String words, String meaning) {
    }

    public ControlChartSection {
        notes = List.copyOf(notes);
        signals = List.copyOf(signals);
    }

    static ControlChartSection of(String id, Force force, String metricName, String sourceLabel, ForceControlChart c) {
        String range = MonthLabel.of(c.series().first()) + " to " + MonthLabel.of(c.series().last());
        List<Signal> signals = c.signals().stream().map(s -> new Signal(PublicWords.of(s.words()), meaning(s))).toList();
        Optional<Svg> svg = Optional.empty();
        String limits = "";
        if (c.chart().isPresent()) {
            XmrChart x = c.chart().get();
            limits = "Centre line " + NumberText.decimal(x.centre()) + ", process limits "
                    + NumberText.decimal(x.lowerLimit()) + " to " + NumberText.decimal(x.upperLimit()) + " a month.";
            String verdict = signals.isEmpty() ? "No special-cause signals: common-cause variation only"
                    : signals.size() + (signals.size() == 1 ? " special-cause signal: " : " special-cause signals: ")
                    + String.join("; ", signals.stream().map(Signal::words).toList());
            svg = Optional.of(SpcChart.of(id, metricName + ", " + force.name() + ", by month, "
                            + range + " (" + sourceLabel + "): statistical process control chart", months(c),
                    x.centre(), x.lowerLimit(), x.upperLimit()).withAxisWords("Offences a month").withVerdict(verdict).render());
        }
        return new ControlChartSection(svg, PublicWords.of(c.notAvailable().orElse("")), limits,
                c.notes().stream().map(PublicWords::of).toList(), signals,
                table(force, metricName, range, c));
    }

    private static List<SpcMonth> months(ForceControlChart c) {
        List<SpcMonth> months = new ArrayList<>();
        for (YearMonth m = c.series().first(); !m.isAfter(c.series().last()); m = m.plusMonths(1)) {
            Long count = c.series().counts().get(m);
            SpcMonth month = count == null ? SpcMonth.missing(MonthLabel.of(m)) : SpcMonth.of(MonthLabel.of(m), count);
            months.add(count != null && inSignal(c, m) ? month.asSignal() : month);
        }
        return months;
    }

    private static Table table(Force force, String metricName, String range, ForceControlChart c) {
        List<List<Cell>> rows = new ArrayList<>();
        for (YearMonth month = c.series().first(); !month.isAfter(c.series().last()); month = month.plusMonths(1)) {
            YearMonth m = month;
            Long count = c.series().counts().get(m);
            String signal = String.join("; ", c.signals().stream().filter(s -> s.months().contains(m))
                    .map(ControlChartSection::shortWords).toList());
            rows.add(List.of(Cell.text(MonthLabel.of(m)), Cell.numeric(count == null ? ".." : NumberText.count(count)),
                    Cell.text(count == null ? "not charted: " + c.series().gaps().get(m) : "complete"),
                    Cell.text(signal)));
        }
        return new Table(metricName + ", " + force.name() + ", by month, " + range + ": the counts behind the chart",
                "govuk-table__caption--s", true,
                List.of(Cell.text("Month"), Cell.numeric("Offences"), Cell.text("Data"), Cell.text("Special-cause signal")), rows);
    }

    private static boolean inSignal(ForceControlChart c, YearMonth m) {
        return c.signals().stream().anyMatch(s -> s.months().contains(m));
    }

    /** The signal a month is part of, in a few words: "falling trend", "below the lower limit". */
    private static String shortWords(ChartSignal s) {
        boolean up = s.direction() == Direction.UP;
        return switch (s.rule()) {
            case OUTSIDE_LIMITS -> up ? "above the upper limit" : "below the lower limit";
            case RUN -> "run " + (up ? "above" : "below") + " the centre line";
            case TREND -> up ? "rising trend" : "falling trend";
            case NEAR_LIMIT -> "close to the " + (up ? "upper" : "lower") + " limit";
        };
    }

    /** What a signal means, in plain words (NHS England, "Making Data Count"). */
    static String meaning(ChartSignal s) {
        boolean up = s.direction() == Direction.UP;
        return switch (s.rule()) {
            case OUTSIDE_LIMITS -> "A month beyond the process limits is unlikely to be everyday (common-cause) variation: "
                    + "something may have changed in that month, in crime or in recording.";
            case RUN -> "Seven or more months in a row " + (up ? "above" : "below")
                    + " the baseline average suggest that the usual level has shifted " + (up ? "up" : "down") + ".";
            case TREND -> "Six or more months in a row, each " + (up ? "higher" : "lower")
                    + " than the one before, suggest a sustained change rather than chance.";
            case NEAR_LIMIT -> "Two of three months in a row close to the " + (up ? "upper" : "lower")
                    + " limit are unlikely by chance alone.";
        };
    }

}
