package uk.org.ncpm.measures;

import uk.org.ncpm.catalogue.FigureSource;
import uk.org.ncpm.ingest.CoverageRow;
import uk.org.ncpm.ingest.CoverageStatus;
import uk.org.ncpm.store.ObservationRow;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A source's value for an area over a span of months, built the way its basis says: complete
 * months, whole quarters, or the published rolling year. Any missing or partial piece makes the
 * whole span not available, with the pieces named: a smaller number would look like a fall in crime.
 */
final class SourceValues {

    private final SourceData data;

    SourceValues(SourceData data) {
        this.data = data;
    }

    PeriodValue value(FigureSource source, String area, RollingPeriod period, String unit) {
        return switch (source.basis()) {
            case MONTHLY, QUARTERLY -> span(source, area, period.firstMonth(), period.lastMonth(), unit);
            case ROLLING, PUBLISHED -> published(source, area, period, unit);
        };
    }

    /**
     * The sum over the months {@code first} to {@code last} of a monthly or quarterly source
     * (for a quarterly source, whole quarters: {@code first} starts one).
     */
    PeriodValue span(FigureSource source, String area, YearMonth first, YearMonth last, String unit) {
        return switch (source.basis()) {
            case MONTHLY -> monthly(source, area, first, last, unit);
            case QUARTERLY -> quarterly(source, area, first, last, unit);
            case ROLLING, PUBLISHED -> throw new IllegalArgumentException(
                    "a " + source.basis() + " source gives only whole rolling years");
        };
    }

    private PeriodValue monthly(FigureSource source, String force, YearMonth first, YearMonth last, String unit) {
        long total = 0;
        Set<Long> files = new HashSet<>();
        List<String> gaps = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            Optional<CoverageRow> coverage = data.coverage(force, month);
            CoverageStatus status = coverage.map(CoverageRow::status).orElse(CoverageStatus.MISSING);
            if (status != CoverageStatus.COMPLETE) {
                gaps.add(month + " " + status.word());
            } else {
                total += data.streetCount(source.metricId(), force, month);
                data.streetFile(force, month).ifPresent(files::add);
            }
        }
        if (!gaps.isEmpty()) {
            return PeriodValue.notAvailable("months not complete: " + String.join(", ", gaps), unit);
        }
        return PeriodValue.of(total, unit, files);
    }

    private PeriodValue quarterly(FigureSource source, String area, YearMonth first, YearMonth last, String unit) {
        double total = 0;
        Set<Long> files = new HashSet<>();
        Set<String> footnotes = new LinkedHashSet<>();
        List<String> gaps = new ArrayList<>();
        for (String series : source.series()) {
            for (YearMonth quarter = first; !quarter.isAfter(last); quarter = quarter.plusMonths(3)) {
                LocalDate start = quarter.atDay(1);
                LocalDate end = quarter.plusMonths(2).atEndOfMonth();
                Optional<ObservationRow> o = data.observation(source.source(), series, area, start, end);
                if (o.isEmpty()) {
                    gaps.add(series + " " + start + " to " + end + " not loaded");
                } else if (o.get().value().isEmpty()) {
                    gaps.add(series + " " + start + " to " + end + " " + o.get().status());
                } else {
                    total += o.get().value().getAsDouble();
                    files.add(o.get().sourceFileId());
                    footnotes.addAll(SourceData.footnotes(o.get()));
                }
            }
        }
        if (!gaps.isEmpty()) {
            return PeriodValue.notAvailable("quarters missing: " + String.join("; ", gaps), unit);
        }
        return PeriodValue.of(total, unit, files).withFootnotes(List.copyOf(footnotes));
    }

    private PeriodValue published(FigureSource source, String area, RollingPeriod period, String unit) {
        double total = 0;
        Set<Long> files = new HashSet<>();
        Set<String> footnotes = new LinkedHashSet<>();
        ObservationRow single = null;
        for (String series : source.series()) {
            Optional<ObservationRow> o = data.observation(source.source(), series, area, period.start(), period.end());
            if (o.isEmpty()) {
                return PeriodValue.notAvailable(series + " for " + period.label() + " not loaded", unit);
            }
            if (o.get().value().isEmpty()) {
                return PeriodValue.notAvailable(series + " " + o.get().status(), unit);
            }
            total += o.get().value().getAsDouble();
            files.add(o.get().sourceFileId());
            footnotes.addAll(SourceData.footnotes(o.get()));
            single = o.get();
        }
        if (source.series().size() == 1 && single != null) {
            return new PeriodValue(single.value(), single.lower(), single.upper(), single.unit(), files, Optional.empty(),
                    List.copyOf(footnotes));
        }
        return PeriodValue.of(total, unit, files).withFootnotes(List.copyOf(footnotes));
    }

    /**
     * The counts of an area before a month, oldest first, for estimating over-dispersion: months of a
     * monthly source, quarters of a quarterly one, whole years ending in the same month for a source of
     * rolling years. The history stops at the first piece missing, and after {@code CountHistory}'s
     * longest window.
     */
    CountHistory history(FigureSource source, List<String> areas, YearMonth before, String unit) {
        CountHistory.Granularity granularity = CountHistory.Granularity.of(source.basis());
        List<Double> counts = new ArrayList<>();
        YearMonth end = before.minusMonths(1);
        while (counts.size() < granularity.window()) {
            YearMonth first = end.minusMonths(granularity.months() - 1L);
            double total = 0;
            boolean complete = true;
            for (String area : areas) {
                PeriodValue piece = switch (source.basis()) {
                    case MONTHLY, QUARTERLY -> span(source, area, first, end, unit);
                    case ROLLING, PUBLISHED -> end.getMonthValue() % 3 == 0
                            ? published(source, area, RollingPeriod.ending(end), unit)
                            : PeriodValue.notAvailable("not a quarter end", unit);
                };
                if (!piece.isAvailable()) {
                    complete = false;
                    break;
                }
                total += piece.value().getAsDouble();
            }
            if (!complete) {
                break;
            }
            counts.add(0, total);
            end = first.minusMonths(1);
        }
        return new CountHistory(counts.stream().mapToDouble(Double::doubleValue).toArray(), granularity, end.plusMonths(1));
    }
}
