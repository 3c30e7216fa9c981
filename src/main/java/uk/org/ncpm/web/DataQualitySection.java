package uk.org.ncpm.web;

import uk.org.ncpm.text.NumberText;
import uk.org.ncpm.catalogue.FigureSource;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.ingest.CoverageRow;
import uk.org.ncpm.ingest.CoverageStatus;
import uk.org.ncpm.measures.ForceControlChart;
import uk.org.ncpm.measures.RollingPeriod;
import uk.org.ncpm.store.StreetCountQuery;
import uk.org.ncpm.web.govuk.Table;
import uk.org.ncpm.web.govuk.Table.Cell;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A force's data quality for one metric source. Monthly sources (data.police.uk): every month loaded
 * that is missing or partial, with its reason from the coverage the ingest recorded, and the months the
 * chart needs that no file covers. Those months are gaps in the chart and make a rolling year that
 * holds them not available, never a smaller number. Other sources publish whole periods: a sentence.
 *
 * For monthly sources also the identical duplicate rows not counted in the year shown, and the share of
 * crime records without a location (docs/method.md, "Data
 * quality"), over the months loaded and at its highest month.
 *
 * @param summary  in words: how many months are complete, or why there is no month table
 * @param months   the months not complete; empty for sources without months, or when every month is complete
 * @param location in words: the records without a location; empty for sources without records
 */
public record DataQualitySection(String summary, Optional<Table> months, Optional<String> location) {

    static final String NO_FILE = "no data.police.uk file loaded for this force and month";

    static DataQualitySection of(Force force, FigureSource source, Optional<ForceControlChart> chart, List<CoverageRow> coverage,
                                 List<StreetCountQuery.Located> locations) {
        return of(force, source, chart, coverage, locations, Optional.empty());
    }

    /**
     * As above; for the rolling year shown, the summary also says how many crime records were rows identical
     * in every column to an earlier row of their file, kept as published but not counted.
     */
    static DataQualitySection of(Force force, FigureSource source, Optional<ForceControlChart> chart, List<CoverageRow> coverage,
                                 List<StreetCountQuery.Located> locations, Optional<RollingPeriod> year) {
        DataQualitySection section = ofMonths(force, source, chart, coverage, locations);
        if (year.isEmpty() || source.basis() != FigureSource.Basis.MONTHLY) {
            return section;
        }
        List<YearMonth> months = year.get().months();
        long dropped = coverage.stream().filter(r -> months.contains(r.month())).mapToLong(CoverageRow::duplicatesDropped).sum();
        String words = dropped == 0 ? " No crime record in the " + year.get().label() + " repeats an earlier row of its file."
                : " " + NumberText.count(dropped) + " identical duplicate " + (dropped == 1 ? "row" : "rows")
                        + " (identical in every column to an earlier row of the same data.police.uk file) "
                        + (dropped == 1 ? "was" : "were") + " not counted in the " + year.get().label() + ": "
                        + (dropped == 1 ? "it is" : "they are") + " kept as published, and counted once.";
        return new DataQualitySection(section.summary() + words, section.months(), section.location());
    }

    private static DataQualitySection ofMonths(Force force, FigureSource source, Optional<ForceControlChart> chart,
                                               List<CoverageRow> coverage, List<StreetCountQuery.Located> locations) {
        if (source.basis() != FigureSource.Basis.MONTHLY) {
            return new DataQualitySection("Figures from this source come for whole periods, not months: a rolling year "
                    + "it does not cover completely is shown as '..' with the reason in the table of rolling years.", Optional.empty(),
                    Optional.empty());
        }
        Optional<String> location = location(locations);
        Map<YearMonth, CoverageRow> notComplete = new TreeMap<>();
        coverage.stream().filter(r -> !r.status().equals(CoverageStatus.COMPLETE)).forEach(r -> notComplete.put(r.month(), r));
        chart.ifPresent(c -> c.series().gaps().forEach((month, status) -> notComplete.computeIfAbsent(month,
                m -> new CoverageRow("", force.code(), m, 0, CoverageStatus.of(status), NO_FILE))));
        long complete = coverage.stream().filter(r -> r.status().equals(CoverageStatus.COMPLETE)).count();
        Optional<YearMonth> first = coverage.stream().map(CoverageRow::month).min(YearMonth::compareTo);
        Optional<YearMonth> last = coverage.stream().map(CoverageRow::month).max(YearMonth::compareTo);
        String span = first.isEmpty() ? "No data.police.uk months are loaded for " + force.name() + "."
                : complete + " of " + coverage.size() + " months loaded for " + force.name() + ", "
                + MonthLabel.of(first.get()) + " to " + MonthLabel.of(last.get()) + ", are complete.";
        if (notComplete.isEmpty()) {
            return new DataQualitySection(span + " No month is missing or partial.", Optional.empty(), location);
        }
        long partial = notComplete.values().stream().filter(r -> r.status().equals(CoverageStatus.PARTIAL)).count();
        String words = span + " " + count(notComplete.size() - partial, "missing") + ", " + count(partial, "partial")
                + ": each is a gap in the chart, never a zero.";
        List<List<Cell>> rows = notComplete.values().stream().map(r -> List.of(Cell.text(MonthLabel.of(r.month())),
                Cell.text(r.status().word()), Cell.numeric(NumberText.count(r.records())), Cell.text(PublicWords.of(r.reason())))).toList();
        return new DataQualitySection(words, Optional.of(new Table("Months missing or partial, " + force.name()
                + " (data.police.uk street records)", "govuk-table__caption--s", true,
                List.of(Cell.text("Month"), Cell.text("Status"), Cell.numeric("Records"), Cell.text("Reason")), rows)), location);
    }

    /** "41 of 4,120 crime records (1.0%) ... have no location; the highest share, 2.1%, in Apr 2020." */
    static Optional<String> location(List<StreetCountQuery.Located> months) {
        long crimes = months.stream().mapToLong(StreetCountQuery.Located::crimes).sum();
        if (crimes == 0) {
            return Optional.empty();
        }
        long without = months.stream().mapToLong(StreetCountQuery.Located::withoutLocation).sum();
        StreetCountQuery.Located highest = months.stream().filter(m -> m.crimes() > 0)
                .max(java.util.Comparator.comparingDouble((StreetCountQuery.Located m) -> (double) m.withoutLocation() / m.crimes())
                        .thenComparing(StreetCountQuery.Located::month, java.util.Comparator.reverseOrder()))
                .orElseThrow();
        String words = NumberText.count(without) + " of " + NumberText.count(crimes) + " crime records ("
                + NumberText.percent(without, crimes) + ") in the " + (months.size() == 1 ? "month" : months.size() + " months")
                + " loaded have no location (no coordinates: \"No Location\" in data.police.uk files): they count in the"
                + " figures but cannot be mapped.";
        if (without > 0) {
            words += " The highest share in a month: " + NumberText.percent(highest.withoutLocation(), highest.crimes()) + ", "
                    + MonthLabel.of(highest.month()) + ".";
        }
        return Optional.of(words);
    }


    private static String count(long n, String status) {
        return n + (n == 1 ? " month " : " months ") + status;
    }
}
