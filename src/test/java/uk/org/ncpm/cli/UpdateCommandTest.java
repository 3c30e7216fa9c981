package uk.org.ncpm.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class UpdateCommandTest {

    @TempDir
    Path dir;

    @Test
    void fetches_the_latest_archive_ingests_it_and_computes_then_does_nothing_new_the_second_time() throws Exception {
        YearMonth lastMonth = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
        try (ArchiveHost host = ArchiveHost.start()) {
            host.serve("/data/archive/" + lastMonth + ".zip", PoliceUkArchiveZip.of(lastMonth.minusMonths(1), lastMonth));
            String[] args = {"update", "--store", dir.resolve("ncpm.duckdb").toString(), "--base-url", host.baseUrl(),
                    "--pause", "0"};

            CliRun first = CliRun.of(args);
            CliRun second = CliRun.of(args);

            assertThat(first.exitCode()).as(first.err()).isZero();
            assertThat(first.out()).contains("ingesting  2 street files", "Computed ");
            assertThat(second.exitCode()).as(second.err()).isZero();
            assertThat(second.out()).contains("HTTP 304", "already up to date", "Computed 0 metric sources");
        }
    }
}
