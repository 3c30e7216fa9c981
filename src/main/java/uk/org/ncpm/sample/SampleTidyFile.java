package uk.org.ncpm.sample;

import uk.org.ncpm.catalogue.Area;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.ingest.PoliceUkStreetFormat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The sample's tidy metric file: the national-only metrics (Homicide Index, hospital admissions,
 * drug treatment referrals, firearm discharges, Crime Survey estimates, satisfaction, business
 * cyber breaches) for each rolling 12 months ending a quarter from June 2019 to June 2021, and the
 * population denominators. Counts are scaled like the street files; populations too, so that rates
 * look realistic; survey estimates and percentages are not scaled.
 */
final class SampleTidyFile {

    static final String NAME = "sample-national-metrics-and-population.csv";
    private static final String SOURCE = PoliceUkStreetFormat.SAMPLE_MARKER;

    /** A national metric: its area, yearly level at the baseline, yearly trend, and the kind of figure. */
    private record NationalMetric(String id, String area, double baseline, double trendPerYear, Kind kind, String unit) {
    }

    private enum Kind { COUNT, ESTIMATE, PERCENTAGE }

    private static final List<NationalMetric> METRICS = List.of(
            new NationalMetric("homicide-index", Area.ENGLAND_AND_WALES, 700, -0.03, Kind.COUNT, "count"),
            new NationalMetric("drug-related-homicide", Area.ENGLAND_AND_WALES, 200, -0.02, Kind.COUNT, "count"),
            new NationalMetric("sharp-object-admissions-u25", Area.ENGLAND, 1200, -0.06, Kind.COUNT, "count"),
            new NationalMetric("firearm-discharges", Area.ENGLAND_AND_WALES, 2400, -0.05, Kind.COUNT, "count"),
            new NationalMetric("drug-treatment-referrals", Area.ENGLAND, 40000, 0.05, Kind.COUNT, "count"),
            new NationalMetric("neighbourhood-crime-csew", Area.ENGLAND_AND_WALES, 3000, -0.08, Kind.ESTIMATE, "estimate (thousands)"),
            new NationalMetric("computer-misuse-csew", Area.ENGLAND_AND_WALES, 900, 0.02, Kind.ESTIMATE, "estimate (thousands)"),
            new NationalMetric("victim-satisfaction", Area.ENGLAND_AND_WALES, 67, -0.5, Kind.PERCENTAGE, "percentage"),
            new NationalMetric("da-victim-satisfaction", Area.ENGLAND_AND_WALES, 70, 0.5, Kind.PERCENTAGE, "percentage"),
            new NationalMetric("business-cyber-breach", "K02000001", 32, 2, Kind.PERCENTAGE, "percentage"));

    private SampleTidyFile() {
    }

    static long write(Path folder, List<SampleDataset.ForceCounts> counts, SampleProfile profile, long seed, double scale)
            throws IOException {
        List<Force> forces = counts.stream().map(SampleDataset.ForceCounts::force).toList();
        SplittableRandom random = new SplittableRandom(seed * 31 + 7);
        long rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve(NAME), StandardCharsets.UTF_8)) {
            out.write("metric,area_code,period_start,period_end,value,lower,upper,unit,source,note\n");
            for (NationalMetric metric : METRICS) {
                for (YearMonth end = YearMonth.of(2019, 6); !end.isAfter(YearMonth.of(2021, 6)); end = end.plusMonths(3)) {
                    out.write(row(metric, end, random, scale));
                    rows++;
                }
            }
            rows += knifeCrime(out, counts, profile);
            long nationalBase = 0;
            for (Force force : forces) {
                nationalBase += profile.forces().get(force.code()).population();
            }
            for (int year = 2018; year <= 2020; year++) {
                double growth = Math.pow(1.005, year - 2018.0);
                for (Force force : forces) {
                    out.write(population(force.code(), year, profile.forces().get(force.code()).population() * growth * scale));
                    rows++;
                }
                out.write(population(Area.ENGLAND_AND_WALES, year, nationalBase * growth * scale));
                rows++;
            }
        }
        return rows;
    }

    /**
     * Offences involving a knife or sharp instrument, per force, rolling 12 months: about 2.6% of
     * the force's violence and robbery (roughly 45,000 of 1.7 million in England and Wales).
     */
    private static long knifeCrime(BufferedWriter out, List<SampleDataset.ForceCounts> counts, SampleProfile profile)
            throws IOException {
        int violence = profile.typeIndex("Violence and sexual offences");
        int robbery = profile.typeIndex("Robbery");
        long rows = 0;
        for (SampleDataset.ForceCounts force : counts) {
            for (int end = 11; end < SampleDataset.MONTHS; end += 3) {
                long base = 0;
                for (int m = end - 11; m <= end; m++) {
                    base += force.counts()[m][violence] + force.counts()[m][robbery];
                }
                YearMonth last = SampleDataset.FIRST_MONTH.plusMonths(end);
                out.write(SampleCsv.line("knife-crime", force.force().code(), last.minusMonths(11).atDay(1).toString(),
                        last.atEndOfMonth().toString(), Long.toString(Math.round(base * 0.026)), "", "", "count", SOURCE,
                        "rolling 12 months; synthetic, derived from the sample violence and robbery"));
                rows++;
            }
        }
        return rows;
    }

    private static String row(NationalMetric metric, YearMonth end, SplittableRandom random, double scale) {
        double years = (end.getYear() * 12 + end.getMonthValue() - (2019 * 12 + 6)) / 12.0;
        LocalDate start = end.minusMonths(11).atDay(1);
        String note = "rolling 12 months; synthetic";
        return switch (metric.kind()) {
            case COUNT -> {
                double mean = metric.baseline() * Math.pow(1 + metric.trendPerYear(), years) * scale;
                long value = Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
                yield line(metric, start, end, Long.toString(value), "", "", note);
            }
            case ESTIMATE -> {
                double value = metric.baseline() * Math.pow(1 + metric.trendPerYear(), years) * (1 + 0.02 * random.nextGaussian());
                double half = value * 0.06;
                yield line(metric, start, end, round(value, 0), round(value - half, 0), round(value + half, 0),
                        note + "; 95% confidence interval");
            }
            case PERCENTAGE -> {
                double value = metric.baseline() + metric.trendPerYear() * years + 0.8 * random.nextGaussian();
                double half = metric.id().startsWith("da-") ? 4.0 : metric.id().startsWith("business") ? 2.5 : 1.4;
                yield line(metric, start, end, round(value, 1), round(value - half, 1), round(value + half, 1),
                        note + "; 95% confidence interval");
            }
        };
    }

    private static String line(NationalMetric metric, LocalDate start, YearMonth end, String value, String lower,
                               String upper, String note) {
        return SampleCsv.line(metric.id(), metric.area(), start.toString(), end.atEndOfMonth().toString(), value,
                lower, upper, metric.unit(), SOURCE, note);
    }

    private static String population(String area, int year, double persons) {
        String midYear = LocalDate.of(year, 6, 30).toString();
        return SampleCsv.line("population", area, midYear, midYear, Long.toString(Math.round(persons)), "", "",
                "persons", SOURCE, "mid-" + year + " estimate scaled like the sample volumes");
    }

    private static String round(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
