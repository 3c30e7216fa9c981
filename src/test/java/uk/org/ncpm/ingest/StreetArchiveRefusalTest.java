package uk.org.ncpm.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.ingest.StreetCsv.Row;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Archives and street files that must be refused before or while reading, naming what is wrong. */
class StreetArchiveRefusalTest extends StagedIngestTest {

    private static final String CUMBRIA = "Cumbria Constabulary";

    @TempDir
    Path dir;

    private List<String> errors(Path path) {
        IngestFailure failure = catchThrowableOfType(() -> Ingest.withDefaults(Catalogue.bundled())
                .read(List.of(path), staging), IngestFailure.class);
        assertThat(failure).as("the ingest of " + path + " should have been refused").isNotNull();
        return failure.errors().stream().map(Throwable::getMessage).toList();
    }

    @Test
    void refuses_two_archive_entries_with_the_same_name() throws Exception {
        Path zip = StreetArchives.duplicateEntries(dir.resolve("twice.zip"), "2019-01/2019-01-cumbria-street.csv",
                StreetCsv.content(StreetCsv.crimes(1, "a", "2019-01", CUMBRIA)),
                StreetCsv.content(StreetCsv.crimes(2, "b", "2019-01", CUMBRIA)));

        assertThat(errors(zip)).containsExactly("file " + zip + "!2019-01/2019-01-cumbria-street.csv: the archive holds "
                + "two entries named 2019-01/2019-01-cumbria-street.csv; which one is meant cannot be told");
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 20, unit = TimeUnit.SECONDS)
    void refuses_a_named_pipe_without_opening_it() throws Exception {
        Path fifo = dir.resolve("2019-01-cumbria-street.csv");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");

        assertThat(errors(fifo)).containsExactly("file " + fifo + ": not a regular file (a named pipe, device or socket): "
                + "not read; name files, folders or zip archives");
    }

    @Test
    void refuses_a_nul_byte_naming_line_and_column() throws Exception {
        Path file = StreetCsv.write(dir, "2019-01-cumbria-street.csv", List.of(Row.crime("a1", "2019-01", CUMBRIA),
                Row.crime("a2", "2019-01", CUMBRIA).set("Location", "On or near\0 Main Street")));

        assertThat(errors(file)).containsExactly("file " + file + ", line 3, column Location: a NUL byte (0x00) at "
                + "character 11; text columns cannot hold one");
    }

    @Test
    void refuses_bytes_that_are_not_utf8_naming_line_and_column() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(StreetCsv.content(List.of(Row.crime("a1", "2019-01", CUMBRIA))).getBytes(StandardCharsets.UTF_8));
        String row = Row.crime("a2", "2019-01", CUMBRIA).set("LSOA name", "Allerdale XX1A").csv();
        byte[] latin1 = row.getBytes(StandardCharsets.UTF_8);
        int at = row.indexOf("XX");
        latin1[at] = (byte) 0xE9; // é in Latin-1, not UTF-8
        bytes.writeBytes(latin1);
        bytes.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("2019-01-cumbria-street.csv");
        Files.write(file, bytes.toByteArray());

        assertThat(errors(file)).containsExactly("file " + file + ", line 3, column LSOA name: bytes that are not valid "
                + "UTF-8 at character 11; data.police.uk files are UTF-8");
    }

    @Test
    void still_reads_a_file_starting_with_a_byte_order_mark() throws Exception {
        Path file = StreetCsv.writeText(dir, "2019-01-cumbria-street.csv",
                "\uFEFF" + StreetCsv.content(List.of(Row.crime("a1", "2019-01", CUMBRIA))));

        StreetBatch batch = Ingest.withDefaults(Catalogue.bundled()).read(List.of(file), staging).street();

        assertThat(batch.files()).singleElement().extracting(StreetFile::rows).isEqualTo(1L);
    }

    @Test
    void still_reads_accented_text_in_utf8() throws Exception {
        Path file = StreetCsv.write(dir, "2019-01-cumbria-street.csv",
                List.of(Row.crime("a1", "2019-01", CUMBRIA).set("Location", "On or near Café Street")));

        StreetBatch batch = Ingest.withDefaults(Catalogue.bundled()).read(List.of(file), staging).street();

        assertThat(batch.files()).singleElement().extracting(StreetFile::rows).isEqualTo(1L);
    }
}
