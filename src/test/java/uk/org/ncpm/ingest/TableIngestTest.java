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
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static uk.org.ncpm.ingest.TableCsv.lines;
import static uk.org.ncpm.ingest.TableCsv.tidy;

/** Runs that carry published tables, alone or with street files: routing by content, skipping, rejecting. */
class TableIngestTest extends StagedIngestTest {

    private static final String CUMBRIA = "Cumbria Constabulary";
    private static final String POPULATION = lines("code,name,MYE2018", "E23000002,Cumbria,498900", "E23000003,Lancashire,1498300");
    private static final String FIGURES = tidy(
            "victim-satisfaction,K04000001,2018-07-01,2019-06-30,67.1,65.2,69,percentage,CSEW,",
            "homicide-index,K04000001,2018-04-01,2019-03-31,..,,,count,Home Office Homicide Index,");

    /** Every format the ingest names in "supported: …", typed from SourceFormat's descriptions. */
    private static final String SUPPORTED = "data.police.uk street-level crime CSV (YYYY-MM-<force>-street.csv, alone, in "
            + "folders or zips); Home Office police recorded crime open data tables, police force area (CSV or ODS); "
            + "third-party roll-up of the recorded crime tables: force x offence group x quarter (CSV); ONS Crime in "
            + "England and Wales: Police Force Area data tables (XLSX); ONS mid-year population estimates by police "
            + "force area (CSV); NCPM Monitor tidy metric file (CSV: metric,area_code,period_start,period_end,value,"
            + "lower,upper,unit,source,note); Home Office police workforce tables, Table 1: police officer full-time "
            + "equivalents by police force area (ODS; context, never a measure)";

    @TempDir
    Path dir;


    private IngestBatch read(Path... paths) throws IngestFailure {
        return Ingest.withDefaults(Catalogue.bundled()).read(List.of(paths), staging);
    }

    private List<String> errors(Path... paths) {
        try {
            read(paths);
        } catch (IngestFailure failure) {
            return failure.errors().stream().map(Throwable::getMessage).toList();
        }
        throw new AssertionError("expected the run to fail");
    }

    @Test
    void reads_a_street_file_a_tidy_file_and_a_population_file_from_one_folder_into_one_batch() throws Exception {
        Path folder = dir.resolve("download");
        Path street = StreetCsv.write(folder, "2019-01-cumbria-street.csv", StreetCsv.crimes(2, "c", "2019-01", CUMBRIA));
        Path figures = TableCsv.write(folder, "figures.csv", FIGURES);
        Path population = TableCsv.write(folder, "population.csv", POPULATION);
        Path readme = TableCsv.write(folder, "README.md", "# Where these files came from");

        IngestBatch batch = read(folder);

        assertThat(batch.street().files()).singleElement().satisfies(f -> {
            assertThat(f.source().displayName()).isEqualTo(street.toString());
            assertThat(f.crimeRecords()).isEqualTo(2);
        });
        assertThat(batch.street().skipped()).extracting(s -> s.source().displayName() + ": " + s.reason())
                .containsExactly(readme + ": documentation, not data: not read");
        // Folder order (by path): figures.csv before population.csv.
        assertThat(batch.tables()).extracting(t -> t.source().displayName() + " " + t.format() + " "
                + t.content().observations().size()).containsExactly(
                figures + " TIDY_METRIC 2",
                population + " POPULATION 2");
        TableFile tidy = batch.tables().get(0);
        assertThat(tidy.sha256()).isEqualTo(sha256(Files.readAllBytes(figures)));
        assertThat(tidy.bytes()).isEqualTo(Files.size(figures));
        assertThat(tidy.periodStart()).hasToString("2018-04-01");
        assertThat(tidy.periodEnd()).hasToString("2019-06-30");
        assertThat(batch.tables().get(1).periodStart()).hasToString("2018-06-30");
    }

    @Test
    void recognises_tables_by_content_whatever_their_name() throws Exception {
        Path figures = TableCsv.write(dir, "homicide-and-satisfaction.dat", FIGURES);
        Path population = TableCsv.write(dir, "download (3)", POPULATION);

        IngestBatch batch = read(figures, population);

        assertThat(batch.street().files()).isEmpty();
        assertThat(batch.tables()).extracting(TableFile::format)
                .containsExactly(SourceFormat.TIDY_METRIC, SourceFormat.POPULATION);
    }

    @Test
    void reads_tables_saved_with_a_byte_order_mark_as_excel_saves_csv_utf8() throws Exception {
        Path figures = TableCsv.write(dir, "figures.csv", "\uFEFF" + FIGURES);
        Path population = TableCsv.write(dir, "population.csv", "\uFEFF" + POPULATION);

        IngestBatch batch = read(figures, population);

        assertThat(batch.tables()).extracting(t -> t.format() + " " + t.content().observations().size())
                .containsExactly("TIDY_METRIC 2", "POPULATION 2");
    }

    @Test
    void reads_tables_from_a_zip_and_skips_the_macos_metadata_in_it() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("2019-01/2019-01-cumbria-street.csv", StreetCsv.content(StreetCsv.crimes(1, "c", "2019-01", CUMBRIA)));
        entries.put("tables/population.csv", POPULATION);
        entries.put("__MACOSX/2019-01/._2019-01-cumbria-street.csv", "\u0000\u0005\u0016\u0007Mac OS X");
        entries.put("tables/._population.csv", "\u0000\u0005\u0016\u0007Mac OS X");
        entries.put("tables/.DS_Store", "\u0000\u0000\u0000\u0001Bud1");
        Path zip = StreetCsv.zip(dir.resolve("download.zip"), entries);

        IngestBatch batch = read(zip);

        assertThat(batch.street().files()).extracting(f -> f.source().displayName())
                .containsExactly(zip + "!2019-01/2019-01-cumbria-street.csv");
        assertThat(batch.tables()).extracting(t -> t.source().displayName()).containsExactly(zip + "!tables/population.csv");
        // Entries are taken in name order: "__MACOSX/…" sorts after "2019-01/…" and before "tables/…".
        assertThat(batch.street().skipped()).extracting(s -> s.source().displayName() + ": " + s.reason()).containsExactly(
                zip + "!__MACOSX/2019-01/._2019-01-cumbria-street.csv: macOS metadata, not data: not read",
                zip + "!tables/.DS_Store: macOS metadata, not data: not read",
                zip + "!tables/._population.csv: macOS metadata, not data: not read");
    }

    @Test
    void rejects_a_file_of_unknown_format_listing_the_supported_ones() throws Exception {
        Path rates = TableCsv.write(dir, "csew-incidence-rates.csv", lines("offence_group,year,rate", "violence,1981-12-01,53.28"));

        assertThat(errors(rates)).containsExactly("file " + rates + ": format not recognised from its content "
                + "(header line: 'offence_group,year,rate'); supported: " + SUPPORTED);
    }

    @Test
    void quotes_at_most_80_characters_of_an_unknown_header_with_control_characters_shown_as_question_marks() throws Exception {
        Path odd = TableCsv.write(dir, "odd.csv", "a\tb\u0001" + "x".repeat(100) + "\r\n1\r\n");

        // "a?b?" then 76 of the x's make 80 characters, then the ellipsis.
        assertThat(errors(odd)).containsExactly("file " + odd + ": format not recognised from its content "
                + "(header line: 'a?b?" + "x".repeat(76) + "…'); supported: " + SUPPORTED);
    }

    @Test
    void rejects_a_street_file_not_named_in_the_archive_layout_even_beside_tables() throws Exception {
        Path population = TableCsv.write(dir, "population.csv", POPULATION);
        Path odd = StreetCsv.write(dir, "cumbria.csv", List.of(Row.crime("c1", "2019-01", CUMBRIA)));

        assertThat(errors(population, odd)).containsExactly("file " + odd + ": a data.police.uk street file must be "
                + "named as in the archive layout, YYYY-MM-<force>-street.csv (e.g. 2019-01-kent-street.csv): the name "
                + "gives its month and force");
    }

    @Test
    void rejects_a_workbook_without_the_ons_tables() throws Exception {
        Map<String, byte[]> xlsx = new LinkedHashMap<>();
        xlsx.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
        xlsx.put("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8));
        Path workbook = StreetCsv.zipBytes(dir.resolve("tables.xlsx"), xlsx);

        assertThat(errors(workbook)).singleElement().asString().startsWith("file " + workbook + ": ");
    }

    @Test
    void reports_every_rejected_table_and_street_file_of_a_run() throws Exception {
        Path badTidy = TableCsv.write(dir, "figures.csv", tidy("homicide,E23000003,2018-07-01,2019-06-30,many,,,count,ONS,"));
        Path badPopulation = TableCsv.write(dir, "population.csv", lines("code,name,MYE2018", "E23000003,Cumbria,1"));
        Path badStreet = StreetCsv.write(dir, "2019-01-cumbria-street.csv", List.of(Row.crime("c1", "2019-02", CUMBRIA)));
        Path good = StreetCsv.write(dir, "2019-01-kent-street.csv", List.of(Row.crime("k1", "2019-01", "Kent Police")));

        IngestFailure failure = assertThatExceptionOfType(IngestFailure.class)
                .isThrownBy(() -> read(badStreet, good, badTidy, badPopulation)).actual();

        String street = "file " + badStreet + ", line 2, column Month: expected 2019-01 (the month in the file name), found '2019-02'";
        assertThat(failure.errors()).extracting(Throwable::getMessage).containsExactly(
                street,
                "file " + badTidy + ", line 2, column value: expected a number or a not-available marker ([x], [c], [z], [low], .., :, -, NA, n/a, * or blank), found 'many'",
                "file " + badPopulation + ", line 2, column name: 'Cumbria' is the name of E23000002, not of E23000003 "
                        + "(Lancashire Constabulary)");
        assertThat(failure).hasMessage("3 files rejected; first: " + street);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
