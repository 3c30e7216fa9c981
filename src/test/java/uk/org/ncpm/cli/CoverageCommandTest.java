package uk.org.ncpm.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.ncpm.ingest.StreetCsv;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageCommandTest {

    @TempDir
    Path dir;

    private String store;

    @BeforeEach
    void loadTwoMonthsOfCumbria() throws Exception {
        store = dir.resolve("ncpm.duckdb").toString();
        Path january = StreetCsv.write(dir, "2019-01-cumbria-street.csv", StreetCsv.crimes(3, "j", "2019-01", "Cumbria Constabulary"));
        Path march = StreetCsv.write(dir, "2019-03-cumbria-street.csv", StreetCsv.crimes(2, "m", "2019-03", "Cumbria Constabulary"));
        assertThat(CliRun.of("ingest", "--store", store, january.toString(), march.toString()).exitCode()).isZero();
    }

    @Test
    void prints_csv_with_exactly_the_documented_columns() {
        CliRun run = CliRun.of("coverage", "--store", store, "--format", "csv", "--force", "E23000002");

        assertThat(run.exitCode()).isZero();
        String tooFew = "\"file loaded; only 1 surrounding months with data, too few to judge its volume\"";
        assertThat(run.out()).isEqualTo("source,force_code,month,records,status,reason,duplicates_dropped\r\n"
                + "police-uk,E23000002,2019-01,3,complete," + tooFew + ",0\r\n"
                + "police-uk,E23000002,2019-02,0,missing,no file loaded for this force and month,0\r\n"
                + "police-uk,E23000002,2019-03,2,complete," + tooFew + ",0\r\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void lists_every_territorial_force_for_every_month_in_range() {
        CliRun run = CliRun.of("coverage", "--store", store, "--format", "csv", "--from", "2019-02", "--to", "2019-03");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).hasSize(1 + 43 * 2);
        assertThat(run.out().lines().filter(l -> l.contains(",2019-02,0,missing,"))).hasSize(43);
    }

    @Test
    void accepts_a_force_name_for_force() {
        CliRun run = CliRun.of("coverage", "--store", store, "--format", "csv", "--force", "Cumbria Constabulary");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().skip(1)).allMatch(l -> l.startsWith("police-uk,E23000002,")).hasSize(3);
    }

    @Test
    void accepts_a_force_code_in_lower_case() {
        CliRun lancashire = CliRun.of("coverage", "--store", store, "--format", "csv", "--force", "e23000003");
        CliRun cumbria = CliRun.of("coverage", "--store", store, "--format", "csv", "--force", "e23000002");

        assertThat(lancashire.exitCode()).isZero();
        assertThat(lancashire.out()).isEqualTo("source,force_code,month,records,status,reason,duplicates_dropped\r\n"
                + "police-uk,E23000003,2019-01,0,missing,no file loaded for this force and month,0\r\n"
                + "police-uk,E23000003,2019-02,0,missing,no file loaded for this force and month,0\r\n"
                + "police-uk,E23000003,2019-03,0,missing,no file loaded for this force and month,0\r\n");
        assertThat(cumbria.out()).isEqualTo(CliRun.of("coverage", "--store", store, "--format", "csv", "--force",
                "E23000002").out());
    }

    @Test
    void prints_json_with_numbers_as_numbers() {
        CliRun run = CliRun.of("coverage", "--store", store, "--format", "json", "--force", "E23000002", "--to", "2019-01");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().replaceAll("\\s+", "")).isEqualTo("[{\"source\":\"police-uk\",\"force_code\":\"E23000002\","
                + "\"month\":\"2019-01\",\"records\":3,\"status\":\"complete\",\"reason\":\"fileloaded;only1surrounding"
                + "monthswithdata,toofewtojudgeitsvolume\",\"duplicates_dropped\":0}]");
    }

    @Test
    void prints_an_aligned_table_by_default() {
        CliRun run = CliRun.of("coverage", "--store", store, "--force", "E23000002", "--from", "2019-02", "--to", "2019-02");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).containsExactly(
                "source     force_code  month    records  status   reason                                   duplicates_dropped",
                "police-uk  E23000002   2019-02        0  missing  no file loaded for this force and month                   0");
    }

    @Test
    void an_unknown_force_is_a_usage_error_naming_it() {
        CliRun run = CliRun.of("coverage", "--store", store, "--force", "Atlantis");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("--force: unknown force 'Atlantis'; expected an ONS police force area code such "
                + "as E23000003 (Lancashire)");
    }

    @Test
    void a_non_territorial_body_is_not_a_force() {
        CliRun run = CliRun.of("coverage", "--store", store, "--force", "British Transport Police");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("--force: unknown force 'British Transport Police'");
    }

    @Test
    void from_after_to_is_a_usage_error() {
        CliRun run = CliRun.of("coverage", "--store", store, "--from", "2019-05", "--to", "2019-01");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("--from 2019-05 is after --to 2019-01");
    }

    @Test
    void a_month_that_is_not_yyyy_mm_is_a_usage_error() {
        CliRun run = CliRun.of("coverage", "--store", store, "--from", "2019-13");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--from").contains("2019-13");
    }

    @Test
    void an_unknown_format_is_a_usage_error() {
        CliRun run = CliRun.of("coverage", "--store", store, "--format", "xml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--format").contains("xml").contains("table, csv, json");
    }
}
