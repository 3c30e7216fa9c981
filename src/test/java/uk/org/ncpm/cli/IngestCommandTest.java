package uk.org.ncpm.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.ncpm.ingest.PoliceUkStreetFormat;
import uk.org.ncpm.ingest.StreetCsv;
import uk.org.ncpm.ingest.StreetCsv.Row;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IngestCommandTest {

    private static final String CUMBRIA = "Cumbria Constabulary";

    @TempDir
    Path dir;

    private String store() {
        return dir.resolve("store/ncpm.duckdb").toString();
    }

    private Path cumbriaJanuary() throws Exception {
        List<Row> rows = new ArrayList<>(StreetCsv.crimes(2, "c", "2019-01", CUMBRIA));
        rows.add(Row.crime("c-1", "2019-01", CUMBRIA));
        rows.add(Row.asb("2019-01", CUMBRIA));
        return StreetCsv.write(dir, "2019-01-cumbria-street.csv", rows);
    }

    @Test
    void loads_files_and_reports_each_one_then_the_totals() throws Exception {
        Path cumbria = cumbriaJanuary();
        Path btp = StreetCsv.write(dir, "2019-01-btp-street.csv", StreetCsv.crimes(2, "b", "2019-01", "British Transport Police"));
        Path outcomes = StreetCsv.writeText(dir, "2019-01-cumbria-outcomes.csv", "Crime ID\r\n");

        CliRun run = CliRun.of("ingest", "--store", store(), btp.toString(), cumbria.toString(), outcomes.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).doesNotContain("error");
        assertThat(run.out().lines()).contains(
                "new        " + btp + " (British Transport Police, 2019-01): 2 rows set aside: not a territorial force of "
                        + "England and Wales (British Transport Police): national railway police: not a territorial "
                        + "police force of England and Wales; vintage #1",
                "new        " + cumbria + " (Cumbria Constabulary, 2019-01): 4 rows stored (3 crime, 1 anti-social "
                        + "behaviour), 1 duplicated Crime IDs kept as published (1 of them rows identical in every column, "
                        + "counted once); vintage #2",
                "skipped    " + outcomes + ": data.police.uk outcomes file: recognised, not used by NCPM Monitor",
                "Street rows stored: 4 (3 crime records, 1 anti-social behaviour records without a Crime ID); "
                        + "1 duplicated Crime IDs kept as published. Observations stored: 0.",
                "Rows set aside (not territorial forces of England and Wales or not police force areas; kept out of force and national figures): "
                        + "2 (British Transport Police 2).");
        assertThat(run.out()).containsPattern("Summary: 2 street files and 0 tables \\(2 new, 0 revisions, 0 unchanged\\), "
                + "1 other files skipped, in \\d+\\.\\d s\\.");
        assertThat(run.out()).doesNotContain("SAMPLE DATA");
    }

    @Test
    void reports_unchanged_and_revised_files_on_later_runs() throws Exception {
        Path cumbria = cumbriaJanuary();
        CliRun.of("ingest", "--store", store(), cumbria.toString());

        CliRun again = CliRun.of("ingest", "--store", store(), cumbria.toString());
        Path revised = StreetCsv.write(dir.resolve("revised"), "2019-01-cumbria-street.csv", StreetCsv.crimes(1, "r", "2019-01", CUMBRIA));
        CliRun revision = CliRun.of("ingest", "--store", store(), revised.toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("unchanged  " + cumbria + " (Cumbria Constabulary, 2019-01): same bytes already "
                + "stored as vintage #1; nothing written");
        assertThat(revision.out()).contains("revision   " + revised + " (Cumbria Constabulary, 2019-01): 1 rows stored "
                + "(1 crime, 0 anti-social behaviour); vintage #2, revises #1 (both kept; figures use the newest)");
    }

    @Test
    void says_so_when_it_loads_sample_data() throws Exception {
        Path sample = StreetCsv.write(dir, "2019-01-cumbria-street.csv",
                List.of(Row.crime("s", "2019-01", CUMBRIA).set("Context", PoliceUkStreetFormat.SAMPLE_MARKER)));

        CliRun run = CliRun.of("ingest", "--store", store(), sample.toString());

        assertThat(run.out().lines().findFirst()).contains(SampleNotice.TEXT);
    }

    @Test
    void exits_1_with_every_error_on_stderr_and_leaves_the_store_byte_identical() throws Exception {
        CliRun.of("ingest", "--store", store(), cumbriaJanuary().toString());
        byte[] before = Files.readAllBytes(Path.of(store()));
        Path good = StreetCsv.write(dir.resolve("run"), "2019-02-cumbria-street.csv", StreetCsv.crimes(2, "g", "2019-02", CUMBRIA));
        Path bad = StreetCsv.write(dir.resolve("run"), "2019-02-kent-street.csv",
                List.of(Row.crime("k", "2019-02", "Kent Police").set("Crime type", "Jaywalking")));

        CliRun run = CliRun.of("ingest", "--store", store(), good.toString(), bad.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(
                "error: file " + bad + ", line 2, column Crime type: unknown data.police.uk crime type 'Jaywalking'; "
                        + "expected one of [Anti-social behaviour, Bicycle theft, Burglary, Criminal damage and arson, "
                        + "Drugs, Other crime, Other theft, Possession of weapons, Public disorder and weapons, "
                        + "Public order, Robbery, Shoplifting, Theft from the person, Vehicle crime, "
                        + "Violence and sexual offences, Violent crime]",
                "Nothing was stored: the store is as it was before this run.");
        assertThat(sha256(Files.readAllBytes(Path.of(store())))).isEqualTo(sha256(before));
    }

    @Test
    void a_broken_archive_entry_is_an_error_message_not_a_stack_trace() throws Exception {
        String text = StreetCsv.content(StreetCsv.crimes(20, "c", "2019-01", CUMBRIA));
        Path zip = StreetCsv.zip(dir.resolve("liar.zip"), Map.of("2019-01/2019-01-cumbria-street.csv", text));
        StreetCsv.declareUncompressedSize(zip, 10);
        String entry = zip + "!2019-01/2019-01-cumbria-street.csv";

        CliRun run = CliRun.of("ingest", "--store", store(), zip.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly(
                "error: file " + entry + ": could not be read: " + entry + " expands beyond 10 bytes",
                "Nothing was stored: the store is as it was before this run.");
        assertThat(Path.of(store())).doesNotExist();
    }

    @Test
    void without_a_path_is_a_usage_error() {
        CliRun run = CliRun.of("ingest", "--store", store());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required parameter: 'PATH'").contains("Usage: ncpm ingest");
        assertThat(Path.of(store())).doesNotExist();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
