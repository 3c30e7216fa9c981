package uk.org.ncpm.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** The product's main job on a fresh machine: `ncpm demo` with nothing but a store path. */
class DemoCommandIT {

    @TempDir
    Path dir;

    @Test
    void loads_the_sample_dataset_on_a_fresh_store_then_only_shows_it_the_second_time() throws Exception {
        Path store = dir.resolve("fresh/ncpm.duckdb");

        CliRun first = CliRun.of("demo", "--no-serve", "--store", store.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("SAMPLE DATA: these files are synthetic")
                .contains("SAMPLE DATA: this store holds synthetic sample data")
                .containsPattern("Summary: 1547 street files and 2 tables \\(1549 new, 0 revisions, 0 unchanged\\)")
                .contains("W15000002 2019-11 missing: no file loaded for this force and month")
                .contains("1548 force-months, {complete=1547, missing=1}");
        String afterFirst = sha256(store);

        CliRun second = CliRun.of("demo", "--no-serve", "--store", store.toString());

        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("The sample dataset is already loaded in " + store)
                .doesNotContain("Summary:");
        assertThat(sha256(store)).isEqualTo(afterFirst);

        CliRun observations = CliRun.of("observations", "--store", store.toString(), "--metric", "victim-satisfaction",
                "--format", "csv");
        assertThat(observations.out().lines()).hasSize(10).first()
                .isEqualTo("metric,area_code,period_start,period_end,value,lower,upper,status,source_file,footnotes,sample_data");
        assertThat(observations.err()).contains("SAMPLE DATA");
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
