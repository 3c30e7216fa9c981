package uk.org.ncpm.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.ncpm.cli.PoliceUkArchives.ALL_FORCES_2018_10_TO_2019_02;
import static uk.org.ncpm.cli.PoliceUkArchives.LANCASHIRE_LEICESTERSHIRE_2019_12_TO_2022_10;

/**
 * Small archives derived from real entries, each with one kind of damage: the run fails with exit
 * code 1, names the file, the line and (where the damage is in one column) the column, and leaves
 * the store file byte for byte as it was. Every damaged archive also holds an intact new file,
 * which must not be stored either.
 */
class CorruptStreetArchiveIT {

    private static final String CUMBRIA_2018_10 = "2018-10/2018-10-cumbria-street.csv";
    private static final String CUMBRIA_2018_11 = "2018-11/2018-11-cumbria-street.csv";
    private static final String CUMBRIA_2018_12 = "2018-12/2018-12-cumbria-street.csv";
    private static final String KENT_2019_01 = "2019-01/2019-01-kent-street.csv";
    private static final String LANCASHIRE_2021_03 = "2021-03/2021-03-lancashire-street.csv";
    private static final String LEICESTERSHIRE_2018_10 = "2018-10/2018-10-leicestershire-street.csv";
    private static final int TRUNCATED_CUMBRIA_LINE = 3756;
    private static final String NOTHING_STORED = "Nothing was stored: the store is as it was before this run.";

    @TempDir
    Path folder;

    Path store;
    String storeSha256;

    @BeforeEach
    void storeHoldsOneRealFile() throws Exception {
        PoliceUkArchives.assumePresent();
        store = folder.resolve("ncpm.duckdb");
        Path good = DerivedArchive.create().copy(ALL_FORCES_2018_10_TO_2019_02, CUMBRIA_2018_10)
                .writeTo(folder.resolve("good.zip"));
        CliRun loaded = CliRun.of("ingest", "--store", store.toString(), good.toString());
        assertThat(loaded.exitCode()).as(loaded.err()).isZero();
        storeSha256 = FileDigest.sha256(store);
    }

    @Test
    void a_truncated_last_row_is_rejected_with_its_line() throws Exception {
        Path zip = withIntactFile().with(CUMBRIA_2018_11, truncatedCumbria()).writeTo(folder.resolve("truncated.zip"));

        CliRun run = CliRun.of("ingest", "--store", store.toString(), zip.toString());

        assertRejected(run, "error: file " + zip + "!" + CUMBRIA_2018_11 + ", line " + TRUNCATED_CUMBRIA_LINE
                + ", column LSOA code: expected 12 fields, found 7 (truncated row: nothing from this column on)");
    }

    @Test
    void a_row_cut_off_inside_a_quoted_field_is_rejected_with_its_line() throws Exception {
        String csv = DerivedArchive.text(ALL_FORCES_2018_10_TO_2019_02, LEICESTERSHIRE_2018_10);
        int quote = csv.indexOf("\"On or near ");
        long line = csv.substring(0, quote).chars().filter(c -> c == '\n').count() + 1;
        String truncated = csv.substring(0, quote + "\"On or near ".length());
        Path zip = withIntactFile().with(LEICESTERSHIRE_2018_10, truncated).writeTo(folder.resolve("open-quote.zip"));

        CliRun run = CliRun.of("ingest", "--store", store.toString(), zip.toString());

        assertRejected(run, "error: file " + zip + "!" + LEICESTERSHIRE_2018_10 + ", line " + line
                + ", column LSOA code: expected 12 fields, found 7 (truncated row: nothing from this column on)");
    }

    @Test
    void a_row_of_another_month_is_rejected_naming_line_and_column() throws Exception {
        // Lancashire's files end their lines with CRLF: line numbers must still be those an editor shows.
        Path zip = withIntactFile().with(LANCASHIRE_2021_03, lancashireWithFebruaryOnLine500())
                .writeTo(folder.resolve("wrong-month.zip"));

        CliRun run = CliRun.of("ingest", "--store", store.toString(), zip.toString());

        assertRejected(run, "error: file " + zip + "!" + LANCASHIRE_2021_03 + ", line 500, column Month: "
                + "expected 2021-03 (the month in the file name), found '2021-02'");
    }

    @Test
    void a_renamed_header_column_is_rejected_naming_the_column() throws Exception {
        Path zip = withIntactFile().with(KENT_2019_01, kentWithLsoaCodeRenamed())
                .writeTo(folder.resolve("renamed-header.zip"));

        CliRun run = CliRun.of("ingest", "--store", store.toString(), zip.toString());

        assertRejected(run, "error: file " + zip + "!" + KENT_2019_01 + ", line 1, column LSOA code: "
                + "header column 8 should be 'LSOA code', found 'LSOA' (not the data.police.uk street header)");
    }

    @Test
    void every_damaged_file_of_a_run_is_reported_not_only_the_first() throws Exception {
        Path zip = withIntactFile()
                .with(CUMBRIA_2018_11, truncatedCumbria())
                .with(KENT_2019_01, kentWithLsoaCodeRenamed())
                .with(LANCASHIRE_2021_03, lancashireWithFebruaryOnLine500())
                .writeTo(folder.resolve("three-damaged.zip"));

        CliRun run = CliRun.of("ingest", "--store", store.toString(), zip.toString());

        assertRejected(run,
                "error: file " + zip + "!" + CUMBRIA_2018_11 + ", line " + TRUNCATED_CUMBRIA_LINE
                        + ", column LSOA code: expected 12 fields, found 7 (truncated row: nothing from this column on)",
                "error: file " + zip + "!" + KENT_2019_01 + ", line 1, column LSOA code: "
                        + "header column 8 should be 'LSOA code', found 'LSOA' (not the data.police.uk street header)",
                "error: file " + zip + "!" + LANCASHIRE_2021_03 + ", line 500, column Month: "
                        + "expected 2021-03 (the month in the file name), found '2021-02'");
    }

    /** Cumbria 2018-11 cut off three characters into the Location of its last row, line 3756 (header: line 1). */
    private static String truncatedCumbria() throws Exception {
        String csv = DerivedArchive.text(ALL_FORCES_2018_10_TO_2019_02, CUMBRIA_2018_11);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(TRUNCATED_CUMBRIA_LINE);
        String last = lines.get(lines.size() - 1);
        return csv.substring(0, csv.lastIndexOf(last) + nthComma(last, 6) + 1 + 3);
    }

    /** Kent 2019-01 with header column 8 renamed from "LSOA code" to "LSOA". */
    private static String kentWithLsoaCodeRenamed() throws Exception {
        String csv = DerivedArchive.text(ALL_FORCES_2018_10_TO_2019_02, KENT_2019_01);
        return replaceInLine(csv, 1, ",LSOA code,", ",LSOA,");
    }

    /**
     * Lancashire 2021-03 with the Month of line 500 set to 2021-02. Lancashire's files end lines with CRLF:
     * the line reported must still be the one an editor shows.
     */
    private static String lancashireWithFebruaryOnLine500() throws Exception {
        String csv = DerivedArchive.text(LANCASHIRE_LEICESTERSHIRE_2019_12_TO_2022_10, LANCASHIRE_2021_03);
        assertThat(csv).contains("\r\n");
        return replaceInLine(csv, 500, ",2021-03,", ",2021-02,");
    }

    private DerivedArchive withIntactFile() throws Exception {
        return DerivedArchive.create().copy(ALL_FORCES_2018_10_TO_2019_02, CUMBRIA_2018_12);
    }

    private void assertRejected(CliRun run, String... errors) throws Exception {
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        List<String> expected = new ArrayList<>(List.of(errors));
        expected.add(NOTHING_STORED);
        assertThat(run.err().lines()).containsExactlyElementsOf(expected);
        assertThat(FileDigest.sha256(store)).isEqualTo(storeSha256);
        assertThat(Files.exists(Path.of(store + ".wal"))).isFalse();
        CliRun sources = CliRun.of("sources", "--store", store.toString(), "--format", "csv");
        assertThat(sources.out().lines().skip(1)).singleElement().asString().contains(CUMBRIA_2018_10);
    }

    /** Replaces text in one line (1-based), keeping the file's line ends as they are. */
    private static String replaceInLine(String csv, int line, String from, String to) {
        int start = 0;
        for (int i = 1; i < line; i++) {
            start = csv.indexOf('\n', start) + 1;
        }
        int end = csv.indexOf('\n', start);
        String original = csv.substring(start, end);
        assertThat(original).contains(from);
        return csv.substring(0, start) + original.replaceFirst(Pattern.quote(from), to) + csv.substring(end);
    }

    private static int nthComma(String line, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = line.indexOf(',', at + 1);
        }
        return at;
    }
}
