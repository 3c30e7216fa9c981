package uk.org.ncpm.measures;

import uk.org.ncpm.catalogue.FigureSource;
import uk.org.ncpm.ingest.CoverageRow;
import uk.org.ncpm.store.ObservationRow;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A source's value for an area and rolling year, built the way its basis says: twelve complete
 * months, four quarters, or the published rolling year. Any missing or partial piece makes the
 * whole year not available, with the pieces named: a smaller number would look like a fall in crime.
 */
final class SourceValues {

    private final SourceData data;

    SourceValues(SourceData data) {
        this.data = data;
    }

    PeriodValue value(FigureSource source, String area, RollingPeriod period, String unit) {
        return switch (source.basis()) {
            case MONTHLY -> monthly(source, area, period, unit);
            case QUARTERLY -> quarterly(source, area, period, unit);
            case ROLLING, PUBLISHED -> published(source, area, period, unit);
        };
    }

    private PeriodValue monthly(FigureSource source, String force, RollingPeriod period, String unit) {
        long total = 0;
        Set<Long> files = new HashSet<>();
        List<String> gaps = new ArrayList<>();
        for (YearMonth month : period.months()) {
            Optional<CoverageRow> coverage = data.coverage(force, month);
            String status = coverage.map(CoverageRow::status).orElse(CoverageRow.MISSING);
            if (!status.equals(CoverageRow.COMPLETE)) {
                gaps.add(month + " " + status);
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

    private PeriodValue quarterly(FigureSource source, String area, RollingPeriod period, String unit) {
        double total = 0;
        Set<Long> files = new HashSet<>();
        List<String> gaps = new ArrayList<>();
        for (String series : source.series()) {
            for (int q = 0; q < 4; q++) {
                YearMonth first = period.firstMonth().plusMonths(3L * q);
                LocalDate start = first.atDay(1);
                LocalDate end = first.plusMonths(2).atEndOfMonth();
                Optional<ObservationRow> o = data.observation(source.source(), series, area, start, end);
                if (o.isEmpty()) {
                    gaps.add(series + " " + start + " to " + end + " not loaded");
                } else if (o.get().value().isEmpty()) {
                    gaps.add(series + " " + start + " to " + end + " " + o.get().status());
                } else {
                    total += o.get().value().getAsDouble();
                    files.add(o.get().sourceFileId());
                }
            }
        }
        if (!gaps.isEmpty()) {
            return PeriodValue.notAvailable("quarters missing: " + String.join("; ", gaps), unit);
        }
        return PeriodValue.of(total, unit, files);
    }

    private PeriodValue published(FigureSource source, String area, RollingPeriod period, String unit) {
        double total = 0;
        Set<Long> files = new HashSet<>();
        ObservationRow single = null;
        for (String series : source.series()) {
            Optional<ObservationRow> o = data.observation(source.source(), series, area, period.start(), period.end());
            if (o.isEmpty()) {
                return PeriodValue.notAvailable(series + " for " + period.label() + " not loaded", unit);
            }
            if (o.get().value().isEmpty()) {
                return PeriodValue.notAvailable(series + " " + o.get().status() + " in the source", unit);
            }
            total += o.get().value().getAsDouble();
            files.add(o.get().sourceFileId());
            single = o.get();
        }
        if (source.series().size() == 1 && single != null) {
            return new PeriodValue(single.value(), single.lower(), single.upper(), single.unit(), files, Optional.empty());
        }
        return PeriodValue.of(total, unit, files);
    }
}
