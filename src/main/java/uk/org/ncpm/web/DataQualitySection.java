package uk.org.ncpm.web;

import uk.org.ncpm.catalogue.FigureSource;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.ingest.CoverageRow;
import uk.org.ncpm.measures.ForceControlChart;
import uk.org.ncpm.web.govuk.Table;
import uk.org.ncpm.web.govuk.Table.Cell;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A force's data quality for one metric source. Monthly sources (data.police.uk): every month loaded
 * that is missing or partial, with its reason from the coverage the ingest recorded, and the months the
 * chart needs that no file covers. Those months are gaps in the chart and make a rolling year that
 * holds them not available, never a smaller number. Other sources publish whole periods: a sentence.
 *
 * @param summary in words: how many months are complete, or why there is no month table
 * @param months  the months not complete; empty for sources without months, or when every month is complete
 */
public record DataQualitySection(String summary, Optional<Table> months) {

    static final String NO_FILE = "no data.police.uk file loaded for this force and month";

    static DataQualitySection of(Force force, FigureSource source, Optional<ForceControlChart> chart, List<CoverageRow> coverage) {
        if (source.basis() != FigureSource.Basis.MONTHLY) {
            return new DataQualitySection("Figures from this source come for whole periods, not months: a rolling year "
                    + "it does not cover completely is shown as '..' with the reason in the table of rolling years.", Optional.empty());
        }
        Map<YearMonth, CoverageRow> notComplete = new TreeMap<>();
        coverage.stream().filter(r -> !r.status().equals(CoverageRow.COMPLETE)).forEach(r -> notComplete.put(r.month(), r));
        chart.ifPresent(c -> c.series().gaps().forEach((month, status) -> notComplete.computeIfAbsent(month,
                m -> new CoverageRow("", force.code(), m, 0, status, NO_FILE))));
        long complete = coverage.stream().filter(r -> r.status().equals(CoverageRow.COMPLETE)).count();
        Optional<YearMonth> first = coverage.stream().map(CoverageRow::month).min(YearMonth::compareTo);
        Optional<YearMonth> last = coverage.stream().map(CoverageRow::month).max(YearMonth::compareTo);
        String span = first.isEmpty() ? "No data.police.uk months are loaded for " + force.name() + "."
                : complete + " of " + coverage.size() + " months loaded for " + force.name() + ", "
                + ControlChartSection.label(first.get()) + " to " + ControlChartSection.label(last.get()) + ", are complete.";
        if (notComplete.isEmpty()) {
            return new DataQualitySection(span + " No month is missing or partial.", Optional.empty());
        }
        long partial = notComplete.values().stream().filter(r -> r.status().equals(CoverageRow.PARTIAL)).count();
        String words = span + " " + count(notComplete.size() - partial, "missing") + ", " + count(partial, "partial")
                + ": each is a gap in the chart, never a zero.";
        List<List<Cell>> rows = notComplete.values().stream().map(r -> List.of(Cell.text(ControlChartSection.label(r.month())),
                Cell.text(r.status()), Cell.numeric(String.format(Locale.UK, "%,d", r.records())), Cell.text(r.reason()))).toList();
        return new DataQualitySection(words, Optional.of(new Table("Months missing or partial, " + force.name()
                + " (data.police.uk street records)", "govuk-table__caption--s", true,
                List.of(Cell.text("Month"), Cell.text("Status"), Cell.numeric("Records"), Cell.text("Reason")), rows)));
    }

    private static String count(long n, String status) {
        return n + (n == 1 ? " month " : " months ") + status;
    }
}
