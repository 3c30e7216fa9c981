package uk.org.ncpm.sample;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.ingest.PoliceUkStreetFormat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes the synthetic sample dataset: data.police.uk street files, in the exact published format
 * and archive layout, for all 43 forces from July 2018 (the baseline year) to June 2021. Volumes
 * follow each force's population and the national crime-type mix, shrunk by {@code scale}, with
 * seasonality, falls in some categories, a lockdown dip, and one deliberately missing force-month.
 * Deterministic for a given seed, whatever the number of threads. Every row carries
 * {@link PoliceUkStreetFormat#SAMPLE_MARKER} in its Context column.
 */
public final class SampleDataset {

    public static final YearMonth FIRST_MONTH = YearMonth.of(2018, 7);
    public static final YearMonth LAST_MONTH = YearMonth.of(2021, 6);
    /** The force-month deliberately left out, so the product's handling of missing data shows. */
    public static final String MISSING_FORCE = "W15000002";
    public static final YearMonth MISSING_MONTH = YearMonth.of(2019, 11);
    public static final String README = "SAMPLE-DATA-README.txt";
    static final int MONTHS = 36;

    /** One force's street files written, and its counts per month (from July 2018) and crime type. */
    record ForceCounts(Force force, long files, long rows, long[][] counts) {
    }

    private final Catalogue catalogue;
    private final SampleProfile profile;
    private final long seed;
    private final double scale;

    public SampleDataset(Catalogue catalogue, long seed, double scale) {
        if (!(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("scale must be above 0 and at most 1, found " + scale);
        }
        this.catalogue = catalogue;
        this.profile = SampleProfile.bundled();
        this.seed = seed;
        this.scale = scale;
    }

    /** Writes the files under {@code folder} and returns what was written. */
    public SampleSummary write(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Force> forces = catalogue.forces().territorial();
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<ForceCounts>> results = new ArrayList<>();
            for (int i = 0; i < forces.size(); i++) {
                Force force = forces.get(i);
                SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
                results.add(pool.submit(() -> new ForceSeries(force, profile.forces().get(force.code()), profile,
                        scale, random).write(folder)));
            }
            long files = 0;
            long rows = 0;
            List<ForceCounts> counts = new ArrayList<>();
            for (Future<ForceCounts> result : results) {
                ForceCounts written = result.get();
                counts.add(written);
                files += written.files();
                rows += written.rows();
            }
            rows += SampleTidyFile.write(folder, counts, profile, seed, scale);
            rows += SampleRecordedCrimeFile.write(folder, counts, profile, seed, scale);
            SampleSummary summary = new SampleSummary(folder, seed, scale, files, rows, forces.size(), FIRST_MONTH, LAST_MONTH,
                    MISSING_FORCE, MISSING_MONTH);
            Files.writeString(folder.resolve(README), summary.readme(), StandardCharsets.UTF_8);
            return summary;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException("sample generation failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("sample generation interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One force's 36 monthly files. */
    private static final class ForceSeries {

        private static final String[] OUTCOMES = {
                "Investigation complete; no suspect identified", "Unable to prosecute suspect", "Under investigation",
                "Status update unavailable", "Awaiting court outcome", "Local resolution", "Offender given a caution",
                "Court result unavailable", "Further investigation is not in the public interest"};
        private static final double[] OUTCOME_SHARES = {0.45, 0.25, 0.10, 0.05, 0.05, 0.04, 0.02, 0.02, 0.02};
        private static final int AREAS = 200;
        private static final double NO_LOCATION_SHARE = 0.03;

        private final Force force;
        private final SampleProfile.ForceProfile area;
        private final SampleProfile profile;
        private final double scale;
        private final SplittableRandom random;
        private final double localFactor;
        private final double spread;
        private final String[] areas;

        ForceSeries(Force force, SampleProfile.ForceProfile area, SampleProfile profile, double scale, SplittableRandom random) {
            this.force = force;
            this.area = area;
            this.profile = profile;
            this.scale = scale;
            this.random = random;
            // Forces differ from the national rate: a fixed factor per force around 1 (roughly ±15%).
            this.localFactor = Math.exp(0.15 * random.nextGaussian());
            this.spread = force.code().equals("E23000034") ? 0.005 : 0.15;
            this.areas = syntheticAreas(force);
        }

        /**
         * "LSOA code,LSOA name" pairs that look like the real ones but are not: real LSOA codes stop
         * well below E019/W019, and every name says "sample".
         */
        private static String[] syntheticAreas(Force force) {
            String prefix = force.code().charAt(0) + "019" + force.code().substring(7);
            String place = force.name().replaceAll(" (Police Service|Police|Constabulary)$", "");
            String[] areas = new String[AREAS];
            for (int i = 0; i < AREAS; i++) {
                areas[i] = prefix + String.format("%03d", i) + "," + place + " sample "
                        + String.format("%03d", i / 4 + 1) + (char) ('A' + i % 4);
            }
            return areas;
        }

        /** Fixed six decimals, as data.police.uk prints coordinates. */
        static String sixDecimals(double value) {
            long micros = Math.round(Math.abs(value) * 1_000_000);
            String fraction = Long.toString(micros % 1_000_000);
            return (value < 0 ? "-" : "") + micros / 1_000_000 + "." + "0".repeat(6 - fraction.length()) + fraction;
        }

        /**
         * Writes the force's monthly files and returns its counts per month and crime type. The
         * deliberately missing month is drawn like any other (recorded crime still has it) but
         * its street file is not written.
         */
        ForceCounts write(Path folder) {
            List<SampleProfile.CrimeTypeProfile> types = profile.crimeTypes();
            long[][] counts = new long[MONTHS][types.size()];
            long files = 0;
            long rows = 0;
            try {
                for (int m = 0; m < MONTHS; m++) {
                    YearMonth month = FIRST_MONTH.plusMonths(m);
                    for (int t = 0; t < types.size(); t++) {
                        counts[m][t] = Poisson.draw(random, expected(types.get(t), month));
                    }
                    if (force.code().equals(MISSING_FORCE) && month.equals(MISSING_MONTH)) {
                        continue;
                    }
                    writeMonth(folder, month, counts[m]);
                    rows += java.util.Arrays.stream(counts[m]).sum();
                    files++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new ForceCounts(force, files, rows, counts);
        }

        private void writeMonth(Path folder, YearMonth month, long[] counts) throws IOException {
            Path dir = folder.resolve(month.toString());
            Files.createDirectories(dir);
            Path file = dir.resolve(month + "-" + force.slug() + "-street.csv");
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(String.join(",", PoliceUkStreetFormat.HEADER));
                out.write('\n');
                for (int t = 0; t < counts.length; t++) {
                    for (long i = 0; i < counts[t]; i++) {
                        writeRow(out, month, profile.crimeTypes().get(t).crimeType());
                    }
                }
            }
        }

        private double expected(SampleProfile.CrimeTypeProfile type, YearMonth month) {
            double years = (month.getYear() * 12 + month.getMonthValue() - (2018 * 12 + 7)) / 12.0;
            double seasonal = 1 + 0.08 * Math.cos(2 * Math.PI * (month.getMonthValue() - 7) / 12.0);
            double trend = Math.pow(1 + type.trendPerYear(), years);
            double lockdown = 1;
            if (month.equals(YearMonth.of(2020, 4)) || month.equals(YearMonth.of(2020, 5))) {
                lockdown = type.lockdownFactor();
            } else if (month.equals(YearMonth.of(2020, 6))) {
                lockdown = (1 + type.lockdownFactor()) / 2;
            }
            return area.population() / 1000.0 * area.volumeFactor() * type.per1000PerMonth() * localFactor * seasonal * trend * lockdown * scale;
        }

        private void writeRow(BufferedWriter out, YearMonth month, String crimeType) throws IOException {
            boolean asb = crimeType.equals("Anti-social behaviour");
            if (!asb) {
                for (int i = 0; i < 4; i++) {
                    out.write(hex16(random.nextLong()));
                }
            }
            out.write(',');
            out.write(month.toString());
            out.write(',');
            out.write(force.policeUkName());
            out.write(',');
            out.write(force.policeUkName());
            out.write(',');
            if (random.nextDouble() < NO_LOCATION_SHARE) {
                out.write(",,No Location,,,");
            } else {
                out.write(sixDecimals(area.longitude() + spread * (random.nextDouble() * 2 - 1)));
                out.write(',');
                out.write(sixDecimals(area.latitude() + spread * (random.nextDouble() * 2 - 1)));
                out.write(",On or near Sample Street,");
                out.write(areas[random.nextInt(AREAS)]);
                out.write(',');
            }
            out.write(crimeType);
            out.write(',');
            if (!asb) {
                out.write(outcome());
            }
            out.write(',');
            out.write(PoliceUkStreetFormat.SAMPLE_MARKER);
            out.write('\n');
        }

        private String outcome() {
            double u = random.nextDouble();
            for (int i = 0; i < OUTCOMES.length; i++) {
                u -= OUTCOME_SHARES[i];
                if (u < 0) {
                    return OUTCOMES[i];
                }
            }
            return OUTCOMES[0];
        }

        private static String hex16(long value) {
            String hex = Long.toHexString(value);
            return "0".repeat(16 - hex.length()) + hex;
        }
    }
}
