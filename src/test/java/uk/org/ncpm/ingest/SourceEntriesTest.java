package uk.org.ncpm.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.ingest.StreetCsv.Row;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** Zip safety: entries must stay inside the archive, and must not expand beyond what they and the limits allow. */
class SourceEntriesTest extends StagedIngestTest {

    private static final String ENTRY = "2019-01/2019-01-cumbria-street.csv";
    private static final ArchiveLimits GENEROUS = new ArchiveLimits(1L << 30, 1L << 32, 1000, 1000, 1L << 20);

    @TempDir
    Path dir;


    private List<String> errors(ArchiveLimits limits, Path zip) {
        try {
            StreetBatch batch = new Ingest(Catalogue.bundled(), limits, 1).read(List.of(zip), staging).street();
            return fail("expected the archive to be rejected, but it read " + batch.files().size() + " files");
        } catch (IngestFailure e) {
            return e.errors().stream().map(Throwable::getMessage).toList();
        }
    }

    private static String cumbria(int rows) {
        return StreetCsv.content(StreetCsv.crimes(rows, "c", "2019-01", "Cumbria Constabulary"));
    }

    @Test
    void rejects_an_entry_whose_path_climbs_out_of_the_archive() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(ENTRY, cumbria(1));
        entries.put("../evil-street.csv", cumbria(1));
        Path zip = StreetCsv.zip(dir.resolve("evil.zip"), entries);

        assertThat(errors(ArchiveLimits.DEFAULT, zip)).containsExactly("file " + zip + "!../evil-street.csv: archive "
                + "entry path points outside the archive; expected a relative path such as 2019-01/2019-01-kent-street.csv");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/2019-01-cumbria-street.csv", "2019-01/../../2019-01-cumbria-street.csv",
            "2019-01\\..\\..\\2019-01-cumbria-street.csv", "C:/Windows/2019-01-cumbria-street.csv", "..", "2019-01/.."})
    void rejects_absolute_and_climbing_entry_paths(String name) throws IOException {
        Path zip = StreetCsv.zip(dir.resolve("evil.zip"), Map.of(name, cumbria(1)));

        assertThat(errors(ArchiveLimits.DEFAULT, zip)).singleElement().asString()
                .isEqualTo("file " + zip + "!" + name + ": archive entry path points outside the archive; expected a "
                        + "relative path such as 2019-01/2019-01-kent-street.csv");
    }

    @Test
    void accepts_names_that_merely_contain_two_dots() throws IOException, IngestFailure {
        Path zip = StreetCsv.zip(dir.resolve("ok.zip"), Map.of("2019-01..copy/2019-01-cumbria-street.csv", cumbria(1)));

        StreetBatch batch = new Ingest(Catalogue.bundled(), ArchiveLimits.DEFAULT, 1).read(List.of(zip), staging).street();

        assertThat(batch.files()).hasSize(1);
    }

    @Test
    void rejects_a_highly_compressible_entry_beyond_the_ratio_limit() throws IOException {
        // Rows that differ only in their Crime ID compress far better than 10:1. The ratio is only
        // checked above 1 MiB (smaller entries cannot be bombs), so the entry is made larger than that.
        String text = cumbria(12_000);
        assertThat(text.length()).isGreaterThan(1 << 20);
        Path zip = StreetCsv.zip(dir.resolve("bomb.zip"), Map.of(ENTRY, text));
        long size;
        long compressed;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(ENTRY);
            size = entry.getSize();
            compressed = entry.getCompressedSize();
        }
        assertThat(size / compressed).isGreaterThan(10);
        ArchiveLimits limits = new ArchiveLimits(1L << 30, 1L << 32, 10, 1000, 1L << 20);

        assertThat(errors(limits, zip)).containsExactly("file " + zip + "!" + ENTRY + ": entry expands "
                + String.format(java.util.Locale.ROOT, "%.1f", (double) size / compressed)
                + " times its compressed size; at most 10 is accepted");
    }

    @Test
    void accepts_the_same_entry_within_the_ratio_limit() throws IOException, IngestFailure {
        Path zip = StreetCsv.zip(dir.resolve("big.zip"), Map.of(ENTRY, cumbria(12_000)));

        StreetBatch batch = new Ingest(Catalogue.bundled(), GENEROUS, 1).read(List.of(zip), staging).street();

        assertThat(batch.files()).singleElement().satisfies(f -> assertThat(f.rows()).isEqualTo(12_000));
    }

    @Test
    void rejects_an_entry_larger_than_the_entry_limit() throws IOException {
        String text = cumbria(2);
        Path zip = StreetCsv.zip(dir.resolve("big.zip"), Map.of(ENTRY, text));
        ArchiveLimits limits = new ArchiveLimits(100, 1L << 32, 1000, 1000, 1L << 20);

        assertThat(errors(limits, zip)).containsExactly("file " + zip + "!" + ENTRY + ": entry expands to "
                + text.length() + " bytes; at most 100 are accepted");
    }

    @Test
    void rejects_an_archive_expanding_beyond_the_total_limit() throws IOException {
        String january = cumbria(2);
        String february = StreetCsv.content(StreetCsv.crimes(2, "c", "2019-02", "Cumbria Constabulary"));
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(ENTRY, january);
        entries.put("2019-02/2019-02-cumbria-street.csv", february);
        Path zip = StreetCsv.zip(dir.resolve("two.zip"), entries);
        long total = january.length() + february.length();
        ArchiveLimits limits = new ArchiveLimits(1L << 30, total - 1, 1000, 1000, 1L << 20);

        assertThat(errors(limits, zip)).containsExactly("file " + zip + ": archive expands to " + total
                + " bytes; at most " + (total - 1) + " are accepted");
    }

    @Test
    void rejects_an_archive_with_too_many_entries() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int month = 1; month <= 3; month++) {
            String m = String.format("2019-%02d", month);
            entries.put(m + "/" + m + "-cumbria-street.csv",
                    StreetCsv.content(List.of(Row.crime("c", m, "Cumbria Constabulary"))));
        }
        Path zip = StreetCsv.zip(dir.resolve("many.zip"), entries);
        ArchiveLimits limits = new ArchiveLimits(1L << 30, 1L << 32, 1000, 2, 1L << 20);

        assertThat(errors(limits, zip)).containsExactly("file " + zip + ": archive has 3 entries; at most 2 are accepted");
    }

    @Test
    void fails_an_entry_that_yields_more_bytes_than_its_declared_size() throws IOException {
        String text = cumbria(20);
        Path zip = StreetCsv.zip(dir.resolve("liar.zip"), Map.of(ENTRY, text));
        int declared = 100;
        StreetCsv.declareUncompressedSize(zip, declared);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(file.getEntry(ENTRY).getSize()).as("the patched central directory").isEqualTo(declared);
        }
        String entry = zip + "!" + ENTRY;

        assertThat(errors(ArchiveLimits.DEFAULT, zip)).containsExactly("file " + entry + ": could not be read: "
                + entry + " expands beyond " + declared + " bytes");
    }
}
