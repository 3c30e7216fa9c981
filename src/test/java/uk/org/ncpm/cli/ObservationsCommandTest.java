package uk.org.ncpm.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.ncpm.ingest.StreetCsv;
import uk.org.ncpm.ingest.TableCsv;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.ncpm.ingest.TableCsv.lines;
import static uk.org.ncpm.ingest.TableCsv.tidy;

class ObservationsCommandTest {

    private static final String HEADER = "metric,area_code,period_start,period_end,value,lower,upper,status,source_file,footnotes\r\n";

    @TempDir
    Path dir;

    private String store;
    private Path figures;
    private Path mye2018;
    private Path homeOffice;

    @BeforeEach
    void loadATidyFileAndTwoPopulationFiles() throws Exception {
        store = dir.resolve("ncpm.duckdb").toString();
        figures = TableCsv.write(dir, "figures.csv", tidy(
                "victim-satisfaction,K04000001,2018-07-01,2019-06-30,67.1,65.2,69,percentage,CSEW,",
                "homicide-index,K04000001,2018-04-01,2019-03-31,..,,,count,Home Office Homicide Index,"));
        mye2018 = TableCsv.write(dir, "mye2018.csv", lines("code,name,MYE2018",
                "K04000001,England and Wales,59115800", "E23000003,Lancashire,1498300"));
        homeOffice = TableCsv.write(dir, "pfa-2010.csv", lines("Police Force,Mid 2010,", "Lancashire,1449.3,"));
        CliRun ingest = CliRun.of("ingest", "--store", store, figures.toString(), mye2018.toString(), homeOffice.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    }

    @Test
    void prints_csv_with_exactly_the_documented_columns_and_numbers_as_published() {
        CliRun run = CliRun.of("observations", "--store", store, "--format", "csv");

        assertThat(run.exitCode()).isZero();
        // Ordered by metric, area, period. Numbers plainly: 59115800 not 5.91158E7, 69 not 69.0, 67.1 as typed;
        // Lancashire mid-2010 is 1449.3 thousand = 1449300 persons. The .. cell is empty, its marker in status.
        assertThat(run.out()).isEqualTo(HEADER
                + "homicide-index,K04000001,2018-04-01,2019-03-31,,,,not available in the source (..)," + figures + ",\r\n"
                + "population,E23000003,2010-06-30,2010-06-30,1449300,,,available," + homeOffice + ",\r\n"
                + "population,E23000003,2018-06-30,2018-06-30,1498300,,,available," + mye2018 + ",\r\n"
                + "population,K04000001,2018-06-30,2018-06-30,59115800,,,available," + mye2018 + ",\r\n"
                + "victim-satisfaction,K04000001,2018-07-01,2019-06-30,67.1,65.2,69,available," + figures + ",\r\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void filters_by_metric_and_by_area_code_or_name() {
        String lancashirePopulation = HEADER
                + "population,E23000003,2010-06-30,2010-06-30,1449300,,,available," + homeOffice + ",\r\n"
                + "population,E23000003,2018-06-30,2018-06-30,1498300,,,available," + mye2018 + ",\r\n";

        assertThat(CliRun.of("observations", "--store", store, "--format", "csv", "--area", "E23000003").out())
                .isEqualTo(lancashirePopulation);
        assertThat(CliRun.of("observations", "--store", store, "--format", "csv", "--area", "Lancashire", "--metric",
                "population").out()).isEqualTo(lancashirePopulation);
        assertThat(CliRun.of("observations", "--store", store, "--format", "csv", "--metric", "victim-satisfaction").out())
                .isEqualTo(HEADER + "victim-satisfaction,K04000001,2018-07-01,2019-06-30,67.1,65.2,69,available,"
                        + figures + ",\r\n");
    }

    @Test
    void accepts_area_codes_in_lower_case() {
        CliRun force = CliRun.of("observations", "--store", store, "--format", "csv", "--area", "e23000003");
        CliRun country = CliRun.of("observations", "--store", store, "--format", "csv", "--area", "k04000001",
                "--metric", "population");

        assertThat(force.exitCode()).isZero();
        assertThat(force.out().lines().skip(1)).hasSize(2).allMatch(l -> l.startsWith("population,E23000003,"));
        assertThat(country.exitCode()).as(country.err()).isZero();
        assertThat(country.out()).isEqualTo(HEADER
                + "population,K04000001,2018-06-30,2018-06-30,59115800,,,available," + mye2018 + ",\r\n");
    }

    @Test
    void prints_json_with_numbers_as_numbers() {
        CliRun run = CliRun.of("observations", "--store", store, "--format", "json", "--metric", "victim-satisfaction");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().replaceAll("\\s+", "")).isEqualTo("[{\"metric\":\"victim-satisfaction\",\"area_code\":"
                + "\"K04000001\",\"period_start\":\"2018-07-01\",\"period_end\":\"2019-06-30\",\"value\":67.1,"
                + "\"lower\":65.2,\"upper\":69,\"status\":\"available\",\"source_file\":\"" + figures + "\",\"footnotes\":\"\"}]");
    }

    @Test
    void an_unknown_metric_is_a_usage_error_naming_it() {
        CliRun run = CliRun.of("observations", "--store", store, "--metric", "nope");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().findFirst()).contains("--metric: unknown metric or series 'nope'; expected one of "
                + "[homicide, homicide-index, sharp-object-admissions-u25, firearm-discharges, knife-crime, "
                + "possession-of-weapons, drug-related-homicide, drug-treatment-referrals, drug-trafficking, "
                + "neighbourhood-crime-csew, neighbourhood-crime, computer-misuse-csew, business-cyber-breach, "
                + "victim-satisfaction, da-victim-satisfaction] or a series such as population");
        assertThat(run.err()).contains("Usage: ncpm observations");
    }

    @Test
    void an_unknown_area_is_a_usage_error_naming_it() {
        CliRun run = CliRun.of("observations", "--store", store, "--area", "nowhere");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().findFirst())
                .contains("--area: unknown area 'nowhere'; expected a code such as E23000003 or K04000001");
    }

    @Test
    void a_store_without_tables_lists_only_the_header() throws Exception {
        String empty = dir.resolve("streets-only.duckdb").toString();
        Path street = StreetCsv.write(dir, "2019-01-cumbria-street.csv",
                StreetCsv.crimes(1, "c", "2019-01", "Cumbria Constabulary"));
        CliRun.of("ingest", "--store", empty, street.toString());

        CliRun run = CliRun.of("observations", "--store", empty, "--format", "csv");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(HEADER);
    }
}
