package uk.org.ncpm.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.ingest.StreetCsv.Row;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** What a valid run reads: counts, skipped files, set-aside bodies, sample data. */
class StreetIngestTest extends StagedIngestTest {

    private static final String CUMBRIA = "Cumbria Constabulary";

    @TempDir
    Path dir;


    private StreetBatch read(Path... paths) throws IngestFailure {
        return Ingest.withDefaults(Catalogue.bundled()).read(List.of(paths), staging).street();
    }

    @Test
    void reads_a_street_file_with_its_force_month_hash_and_size() throws Exception {
        Path file = StreetCsv.write(dir, "2019-01-cumbria-street.csv", StreetCsv.crimes(3, "c", "2019-01", CUMBRIA));
        byte[] bytes = Files.readAllBytes(file);

        StreetFile read = read(file).files().get(0);

        assertThat(read.month()).isEqualTo(YearMonth.of(2019, 1));
        assertThat(read.publisher()).isEqualTo("cumbria");
        assertThat(read.forceCode()).contains("E23000002");
        assertThat(read.sha256()).isEqualTo(sha256(bytes));
        assertThat(read.bytes()).isEqualTo(bytes.length);
        assertThat(read.rows()).isEqualTo(3);
        assertThat(read.crimeRecords()).isEqualTo(3);
        assertThat(read.rowsStored()).isEqualTo(3);
        assertThat(read.rowsSetAside()).isZero();
        assertThat(read.setAsideReason()).isEmpty();
        assertThat(read.forceCode()).isPresent();
        assertThat(read.sample()).isFalse();
    }

    @Test
    void counts_anti_social_behaviour_rows_separately_from_crimes() throws Exception {
        List<Row> rows = new ArrayList<>(StreetCsv.crimes(4, "c", "2019-01", CUMBRIA));
        rows.add(Row.asb("2019-01", CUMBRIA));
        rows.add(Row.asb("2019-01", CUMBRIA));
        Path file = StreetCsv.write(dir, "2019-01-cumbria-street.csv", rows);

        StreetFile read = read(file).files().get(0);

        assertThat(read.rows()).isEqualTo(6);
        assertThat(read.crimeRecords()).isEqualTo(4);
        assertThat(read.asbRecords()).isEqualTo(2);
        assertThat(read.duplicateIds()).isZero();
    }

    @Test
    void counts_duplicated_crime_ids_and_keeps_them() throws Exception {
        Path file = StreetCsv.write(dir, "2019-01-cumbria-street.csv", List.of(
                Row.crime("same", "2019-01", CUMBRIA), Row.crime("other", "2019-01", CUMBRIA),
                Row.crime("same", "2019-01", CUMBRIA).set("Crime type", "Robbery"), Row.crime("same", "2019-01", CUMBRIA),
                Row.asb("2019-01", CUMBRIA), Row.asb("2019-01", CUMBRIA)));

        StreetFile read = read(file).files().get(0);

        assertThat(read.crimeRecords()).isEqualTo(4);
        assertThat(read.duplicateIds()).as("the second and third 'same'; blank ASB ids are not duplicates").isEqualTo(2);
        assertThat(read.identicalDuplicates()).as("only the third 'same' repeats an earlier row in every column").isEqualTo(1);
        assertThat(read.rowsStored()).isEqualTo(6);
    }

    @Test
    void a_row_repeating_a_later_different_row_of_the_same_crime_id_is_an_identical_duplicate() throws Exception {
        Path file = StreetCsv.write(dir, "2019-01-cumbria-street.csv", List.of(
                Row.crime("same", "2019-01", CUMBRIA), Row.crime("same", "2019-01", CUMBRIA).set("Context", "note"),
                Row.crime("same", "2019-01", CUMBRIA).set("Context", "note"), Row.crime("other", "2019-01", CUMBRIA)));

        StreetFile read = read(file).files().get(0);

        assertThat(read.duplicateIds()).isEqualTo(2);
        assertThat(read.identicalDuplicates()).as("the third row repeats the second; Context differs from the first")
                .isEqualTo(1);
    }

    @Test
    void skips_outcomes_stop_and_search_and_non_csv_files_with_a_note() throws Exception {
        Path folder = dir.resolve("download");
        StreetCsv.write(folder, "2019-01/2019-01-cumbria-street.csv", List.of(Row.crime("c1", "2019-01", CUMBRIA)));
        Path outcomes = StreetCsv.writeText(folder, "2019-01/2019-01-cumbria-outcomes.csv", "Crime ID,Month\r\n");
        Path searches = StreetCsv.writeText(folder, "2019-01/2019-01-cumbria-stop-and-search.csv", "Type,Date\r\n");
        Path readme = StreetCsv.writeText(folder, "README.txt", "downloaded from data.police.uk");

        StreetBatch batch = read(folder);

        assertThat(batch.files()).extracting(StreetFile::publisher).containsExactly("cumbria");
        assertThat(batch.skipped()).extracting(s -> s.source().displayName() + ": " + s.reason()).containsExactly(
                outcomes + ": data.police.uk outcomes file: recognised, not used by NCPM Monitor",
                searches + ": data.police.uk stop-and-search file: recognised, not used by NCPM Monitor",
                readme + ": documentation, not data: not read");
    }

    @Test
    void flags_a_file_carrying_the_sample_marker_as_sample() throws Exception {
        Path sample = StreetCsv.write(dir, "2019-01-cumbria-street.csv", List.of(
                Row.crime("s1", "2019-01", CUMBRIA).set("Context", PoliceUkStreetFormat.SAMPLE_MARKER)));
        Path real = StreetCsv.write(dir, "2019-01-kent-street.csv", List.of(
                Row.crime("k1", "2019-01", "Kent Police").set("Context", "sample data, honestly")));

        StreetBatch batch = read(sample, real);

        assertThat(batch.files()).extracting(f -> f.publisher() + " " + f.sample())
                .containsExactly("cumbria true", "kent false");
    }

    @Test
    void sets_aside_british_transport_police_and_northern_ireland_with_their_row_counts() throws Exception {
        List<Row> btpRows = new ArrayList<>(StreetCsv.crimes(3, "b", "2019-01", "British Transport Police"));
        btpRows.add(Row.asb("2019-01", "British Transport Police"));
        Path btp = StreetCsv.write(dir, "2019-01-btp-street.csv", btpRows);
        Path ni = StreetCsv.write(dir, "2019-01-northern-ireland-street.csv",
                StreetCsv.crimes(2, "n", "2019-01", "Police Service of Northern Ireland"));
        Path cumbria = StreetCsv.write(dir, "2019-01-cumbria-street.csv", List.of(Row.crime("c1", "2019-01", CUMBRIA)));

        StreetBatch batch = read(btp, ni, cumbria);

        assertThat(batch.files()).hasSize(3);
        StreetFile btpFile = batch.files().get(0);
        assertThat(btpFile.publisher()).isEqualTo("btp");
        assertThat(btpFile.forceCode()).isEmpty();
        assertThat(btpFile.rowsSetAside()).isEqualTo(4);
        assertThat(btpFile.rowsStored()).isZero();
        
        assertThat(btpFile.setAsideReason()).contains("not a territorial force of England and Wales "
                + "(British Transport Police): national railway police: not a territorial police force of England and Wales");

        StreetFile niFile = batch.files().get(1);
        assertThat(niFile.forceCode()).isEmpty();
        assertThat(niFile.rowsSetAside()).isEqualTo(2);
        assertThat(niFile.setAsideReason()).contains("not a territorial force of England and Wales "
                + "(Police Service of Northern Ireland): Northern Ireland is outside England and Wales");

        assertThat(batch.files().get(2).rowsSetAside()).isZero();
    }

    @Test
    void rejects_a_btp_file_whose_rows_name_a_territorial_force() throws Exception {
        Path btp = StreetCsv.write(dir, "2019-01-btp-street.csv", List.of(Row.crime("b1", "2019-01", CUMBRIA)));

        assertThatExceptionOfType(IngestFailure.class).isThrownBy(() -> read(btp))
                .withMessage("file " + btp + ", line 2, column Reported by: expected British Transport Police "
                        + "(the force in the file name), found 'Cumbria Constabulary'");
    }

    @Test
    void reads_every_street_file_of_an_archive_in_name_order() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("2019-02/2019-02-cumbria-street.csv", StreetCsv.content(StreetCsv.crimes(2, "f", "2019-02", CUMBRIA)));
        entries.put("2019-01/", "");
        entries.put("2019-01/2019-01-cumbria-street.csv", StreetCsv.content(StreetCsv.crimes(1, "j", "2019-01", CUMBRIA)));
        entries.put("2019-01/2019-01-cumbria-outcomes.csv", "Crime ID\r\n");
        Path zip = StreetCsv.zip(dir.resolve("archive.zip"), entries);

        StreetBatch batch = read(zip);

        assertThat(batch.files()).extracting(f -> f.source().displayName() + " " + f.rows()).containsExactly(
                zip + "!2019-01/2019-01-cumbria-street.csv 1",
                zip + "!2019-02/2019-02-cumbria-street.csv 2");
        assertThat(batch.files().get(0).source().container()).contains(zip.toString());
        assertThat(batch.skipped()).extracting(s -> s.source().name()).containsExactly("2019-01/2019-01-cumbria-outcomes.csv");
    }

    @Test
    void accepts_a_byte_order_mark_quoted_commas_and_a_header_only_file() throws Exception {
        Path withBom = StreetCsv.writeText(dir, "2019-01-cumbria-street.csv", "\uFEFF" + StreetCsv.content(List.of(
                Row.crime("c1", "2019-01", CUMBRIA).set("Location", "On or near \"The Green\", Keswick"))));
        Path headerOnly = StreetCsv.writeText(dir, "2019-01-kent-street.csv", StreetCsv.HEADER + "\r\n");

        StreetBatch batch = read(withBom, headerOnly);

        assertThat(batch.files()).extracting(f -> f.publisher() + " " + f.rows()).containsExactly("cumbria 1", "kent 0");
        assertThat(Files.readString(withBom, StandardCharsets.UTF_8)).contains("\"On or near \"\"The Green\"\", Keswick\"");
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
