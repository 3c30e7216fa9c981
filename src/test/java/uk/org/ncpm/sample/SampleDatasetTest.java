package uk.org.ncpm.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Metric;
import uk.org.ncpm.ingest.PoliceUkStreetFormat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SampleDatasetTest {

    private static final Catalogue CATALOGUE = Catalogue.bundled();
    private static final double SMALL = 0.01;

    @TempDir
    Path dir;

    @Test
    void the_same_seed_writes_the_same_bytes_and_another_seed_does_not() throws Exception {
        new SampleDataset(CATALOGUE, 7, SMALL).write(dir.resolve("a"));
        new SampleDataset(CATALOGUE, 7, SMALL).write(dir.resolve("b"));
        new SampleDataset(CATALOGUE, 8, SMALL).write(dir.resolve("c"));

        assertThat(hashes(dir.resolve("a"))).isEqualTo(hashes(dir.resolve("b")));
        assertThat(hashes(dir.resolve("a"))).isNotEqualTo(hashes(dir.resolve("c")));
    }

    @Test
    void writes_every_force_for_36_months_but_the_one_deliberately_missing() throws Exception {
        SampleSummary summary = new SampleDataset(CATALOGUE, 1, SMALL).write(dir);

        assertThat(summary.files()).isEqualTo(43 * 36 - 1);
        assertThat(dir.resolve("2019-11/2019-11-gwent-street.csv")).doesNotExist();
        assertThat(dir.resolve("2019-10/2019-10-gwent-street.csv")).exists();
        assertThat(dir.resolve("2018-07/2018-07-metropolitan-street.csv")).exists();
        assertThat(dir.resolve("2021-06/2021-06-dyfed-powys-street.csv")).exists();
        assertThat(dir.resolve("2021-07")).doesNotExist();
        assertThat(dir.resolve(SampleDataset.README)).content().startsWith("SAMPLE DATA - NOT REAL CRIME RECORDS");
    }

    @Test
    void every_street_row_is_in_the_published_format_and_says_it_is_sample_data() throws Exception {
        new SampleDataset(CATALOGUE, 1, SMALL).write(dir);
        List<String> lines = Files.readAllLines(dir.resolve("2019-06/2019-06-kent-street.csv"));

        assertThat(lines.get(0)).isEqualTo(String.join(",", PoliceUkStreetFormat.HEADER));
        assertThat(lines.subList(1, lines.size())).isNotEmpty().allSatisfy(line -> {
            assertThat(line.split(",", -1)).hasSize(12);
            assertThat(line).contains(",2019-06,Kent Police,Kent Police,").endsWith("," + PoliceUkStreetFormat.SAMPLE_MARKER);
        });
    }

    @Test
    void volumes_follow_population_and_the_national_mix() throws Exception {
        new SampleDataset(CATALOGUE, 3, 0.1).write(dir);
        // Mid-2018 populations: Metropolitan Police 8,899,400, Cumbria 498,900: about 17.8 times as many
        // residents. The fixed local factor of each force (about ±15%) widens the range to roughly 12–27.
        double ratio = (double) rows(dir.resolve("2019-03/2019-03-metropolitan-street.csv"))
                / rows(dir.resolve("2019-03/2019-03-cumbria-street.csv"));
        assertThat(ratio).isBetween(10.0, 30.0);
        // National mix: violence and sexual offences 2.364 per 1,000 a month against robbery 0.059.
        Map<String, Integer> types = crimeTypes(dir.resolve("2019-03/2019-03-metropolitan-street.csv"));
        assertThat((double) types.get("Violence and sexual offences") / types.get("Robbery")).isBetween(30.0, 55.0);
    }

    @Test
    void burglary_falls_from_the_baseline_year_to_the_last() throws Exception {
        new SampleDataset(CATALOGUE, 5, 0.1).write(dir);
        // Burglary falls 8% a year in the profile: two years on, about 0.85 of the baseline.
        long first = 0;
        long last = 0;
        for (java.time.YearMonth m = java.time.YearMonth.of(2018, 7); m.isBefore(java.time.YearMonth.of(2019, 7));
             m = m.plusMonths(1)) {
            first += countOf(dir, m.toString(), "Burglary");
            last += countOf(dir, m.plusYears(2).toString(), "Burglary");
        }
        assertThat((double) last / first).isBetween(0.78, 0.92);
    }

    @Test
    void the_tables_cover_every_metric_of_the_catalogue_and_say_they_are_sample_data() throws Exception {
        new SampleDataset(CATALOGUE, 1, SMALL).write(dir);
        String tidy = Files.readString(dir.resolve(SampleTidyFile.NAME));
        String recorded = Files.readString(dir.resolve(SampleRecordedCrimeFile.NAME));

        for (Metric metric : CATALOGUE.metrics()) {
            boolean inTidy = tidy.contains("\n" + metric.id() + ",");
            boolean fromRecordedCrime = List.of("homicide", "drug-trafficking", "neighbourhood-crime",
                    "possession-of-weapons").contains(metric.id());
            assertThat(inTidy || fromRecordedCrime).as(metric.id()).isTrue();
        }
        assertThat(recorded.lines().skip(1)).allSatisfy(line -> assertThat(line).contains(PoliceUkStreetFormat.SAMPLE_MARKER));
        assertThat(tidy.lines().skip(1)).allSatisfy(line -> assertThat(line).contains(PoliceUkStreetFormat.SAMPLE_MARKER));
    }

    @Test
    void refuses_a_scale_outside_zero_to_one() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SampleDataset(CATALOGUE, 1, 0))
                .withMessage("scale must be above 0 and at most 1, found 0.0");
        assertThatIllegalArgumentException().isThrownBy(() -> new SampleDataset(CATALOGUE, 1, 1.5))
                .withMessage("scale must be above 0 and at most 1, found 1.5");
    }

    private static long countOf(Path root, String month, String crimeType) throws IOException {
        long n = 0;
        try (Stream<Path> files = Files.list(root.resolve(month))) {
            for (Path file : files.toList()) {
                n += crimeTypes(file).getOrDefault(crimeType, 0);
            }
        }
        return n;
    }

    private static Map<String, Integer> crimeTypes(Path file) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        Files.readAllLines(file).stream().skip(1).forEach(line -> counts.merge(line.split(",", -1)[9], 1, Integer::sum));
        return counts;
    }

    private static long rows(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count() - 1;
        }
    }

    private static Map<String, String> hashes(Path root) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                hashes.put(root.relativize(file).toString(),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return hashes;
    }
}
