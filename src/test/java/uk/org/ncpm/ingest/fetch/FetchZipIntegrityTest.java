package uk.org.ncpm.ingest.fetch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.ncpm.ingest.ArchiveLimits;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FetchZipIntegrityTest {

    @TempDir
    Path dir;

    private Path zip(String name, byte[] content) throws Exception {
        Path zip = dir.resolve("a.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry(name));
            out.write(content);
            out.closeEntry();
        }
        return zip;
    }

    @Test
    void accepts_a_whole_archive() throws Exception {
        Path zip = zip("2019-03/2019-03-cumbria-street.csv", "Crime ID,Month\n".getBytes());

        assertThatCode(() -> ZipIntegrity.verify(zip, "http://host/a.zip", ArchiveLimits.DEFAULT)).doesNotThrowAnyException();
    }

    @Test
    void stops_reading_an_entry_that_expands_like_a_zip_bomb() throws Exception {
        Path zip = zip("2019-03/2019-03-cumbria-street.csv", new byte[8 << 20]);

        assertThatThrownBy(() -> ZipIntegrity.verify(zip, "http://host/a.zip", ArchiveLimits.DEFAULT))
                .hasMessage("refused http://host/a.zip: entry 2019-03/2019-03-cumbria-street.csv expands more than 200 "
                        + "times (a zip bomb?); nothing was stored");
    }

    @Test
    void refuses_a_file_whose_central_directory_is_missing() throws Exception {
        Path zip = zip("2019-03/2019-03-cumbria-street.csv", "Crime ID,Month\n".getBytes());
        byte[] bytes = Files.readAllBytes(zip);
        Files.write(zip, java.util.Arrays.copyOf(bytes, bytes.length - 30));

        assertThatThrownBy(() -> ZipIntegrity.verify(zip, "http://host/a.zip", ArchiveLimits.DEFAULT))
                .hasMessageStartingWith("refused http://host/a.zip: the downloaded archive is corrupt (")
                .hasMessageEndingWith("); nothing was stored");
    }
}
