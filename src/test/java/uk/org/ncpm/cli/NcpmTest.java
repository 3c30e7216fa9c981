package uk.org.ncpm.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NcpmTest {

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "sources", "coverage"})
    void every_command_has_help(String command) {
        CliRun run = CliRun.of(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: ncpm " + command).contains("--store=PATH").contains("-h, --help");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void coverage_help_documents_its_options() {
        assertThat(CliRun.of("coverage", "--help").out())
                .contains("--force=CODE").contains("--from=YYYY-MM").contains("--to=YYYY-MM").contains("--format=")
                .contains("Partial: under half the median of the force's surrounding 12 months");
    }

    @Test
    void top_level_help_lists_the_commands() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: ncpm").contains("ingest").contains("sources").contains("coverage");
    }

    @Test
    void help_command_prints_a_command_s_usage() {
        CliRun run = CliRun.of("help", "coverage");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: ncpm coverage");
    }

    @Test
    void without_a_command_prints_usage_and_succeeds() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: ncpm");
    }

    @Test
    void an_unknown_command_is_a_usage_error() {
        CliRun run = CliRun.of("no-such-command");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unmatched argument at index 0: 'no-such-command'");
    }

    @Test
    void an_unknown_option_is_a_usage_error() {
        CliRun run = CliRun.of("sources", "--colour");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--colour'").contains("Usage: ncpm sources");
    }

    @Test
    void prints_its_version() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo("NCPM Monitor 0.1.0");
    }
}
