package uk.org.ncpm.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.ncpm.ingest.PoliceUkStreetFormat;
import uk.org.ncpm.ingest.StreetCsv;
import uk.org.ncpm.ingest.StreetCsv.Row;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SourcesCommandTest {

    @TempDir
    Path dir;

    @Test
    void lists_every_vintage_as_csv_with_the_full_sha256() throws Exception {
        String store = dir.resolve("ncpm.duckdb").toString();
        Path file = StreetCsv.write(dir, "2019-01-cumbria-street.csv", StreetCsv.crimes(2, "c", "2019-01", "Cumbria Constabulary"));
        CliRun.of("ingest", "--store", store, file.toString());

        CliRun run = CliRun.of("sources", "--store", store, "--format", "csv");

        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("id,kind,name,container,publisher,force_code,period_start,period_end,sha256,"
                + "bytes,rows,rows_stored,rows_set_aside,crime_records,asb_records,duplicate_ids,sample,status,"
                + "ingested_at,set_aside_reason");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("1,police-uk-street," + file + ",,cumbria,E23000002,2019-01-01,2019-01-31,")
                .contains("," + Files.size(file) + ",2,2,0,2,0,0,false,current,")
                .containsPattern(",[0-9a-f]{64},");
    }

    @Test
    void puts_the_sample_notice_on_stderr_for_csv_and_on_stdout_for_tables() throws Exception {
        String store = dir.resolve("ncpm.duckdb").toString();
        Path file = StreetCsv.write(dir, "2019-01-cumbria-street.csv", List.of(
                Row.crime("s", "2019-01", "Cumbria Constabulary").set("Context", PoliceUkStreetFormat.SAMPLE_MARKER)));
        CliRun.of("ingest", "--store", store, file.toString());

        CliRun csv = CliRun.of("sources", "--store", store, "--format", "csv");
        CliRun table = CliRun.of("sources", "--store", store);

        assertThat(csv.err()).contains(SampleNotice.TEXT);
        assertThat(csv.out()).doesNotContain("SAMPLE DATA").startsWith("id,kind,");
        assertThat(table.out().lines().findFirst()).contains(SampleNotice.TEXT);
    }

    @Test
    void a_store_that_cannot_be_opened_exits_1_naming_it() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.duckdb"), "not a database");

        CliRun run = CliRun.of("sources", "--store", notes.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("error: store " + notes + " could not be opened: ");
    }
}
