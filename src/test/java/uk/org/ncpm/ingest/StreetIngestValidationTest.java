package uk.org.ncpm.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.ingest.StreetCsv.Row;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** Every rule a street file can break, and the message that names the file, line and column. */
class StreetIngestValidationTest extends StagedIngestTest {

    private static final String CUMBRIA = "Cumbria Constabulary";

    @TempDir
    Path dir;


    private IngestFailure failure(Path... paths) {
        try {
            StreetBatch batch = Ingest.withDefaults(Catalogue.bundled()).read(Arrays.asList(paths), staging).street();
            return fail("expected the ingest to be rejected, but it read " + batch.files().size() + " files");
        } catch (IngestFailure e) {
            return e;
        }
    }

    private List<String> errors(Path... paths) {
        return failure(paths).errors().stream().map(Throwable::getMessage).toList();
    }

    private Path cumbriaJanuary(Row... rows) throws IOException {
        return StreetCsv.write(dir, "2019-01-cumbria-street.csv", List.of(rows));
    }

    @Test
    void rejects_a_renamed_header_column_naming_the_column() throws IOException {
        String header = StreetCsv.HEADER.replace("Falls within", "Falls Within");
        Path file = StreetCsv.writeText(dir, "2019-01-cumbria-street.csv",
                StreetCsv.content(header, List.of(Row.crime("a1", "2019-01", CUMBRIA))));

        assertThat(errors(file)).containsExactly("file " + file + ", line 1, column Falls within: header column 4 "
                + "should be 'Falls within', found 'Falls Within' (not the data.police.uk street header)");
    }

    @Test
    void rejects_a_header_missing_its_last_column() throws IOException {
        String header = StreetCsv.HEADER.replace(",Context", "");
        Path file = StreetCsv.writeText(dir, "2019-01-cumbria-street.csv", StreetCsv.content(header, List.of()));

        assertThat(errors(file)).containsExactly("file " + file + ", line 1, column Context: header column 12 "
                + "should be 'Context', found nothing (not the data.police.uk street header)");
    }

    @Test
    void rejects_a_header_with_an_extra_column() throws IOException {
        Path file = StreetCsv.writeText(dir, "2019-01-cumbria-street.csv",
                StreetCsv.content(StreetCsv.HEADER + ",Notes", List.of()));

        assertThat(errors(file)).containsExactly("file " + file + ", line 1, column Notes: unexpected extra header "
                + "column 13 (not the data.police.uk street header)");
    }

    @Test
    void rejects_an_empty_file() throws IOException {
        Path file = StreetCsv.writeText(dir, "2019-01-cumbria-street.csv", "");

        assertThat(errors(file)).containsExactly("file " + file + ", line 1: empty file; expected the data.police.uk "
                + "header " + StreetCsv.HEADER);
    }

    @Test
    void rejects_a_month_that_differs_from_the_file_name_on_the_line_it_is_on() throws IOException {
        Path file = cumbriaJanuary(Row.crime("a1", "2019-01", CUMBRIA), Row.crime("a2", "2019-02", CUMBRIA));

        assertThat(errors(file)).containsExactly("file " + file + ", line 3, column Month: expected 2019-01 "
                + "(the month in the file name), found '2019-02'");
    }

    @Test
    void rejects_falls_within_naming_another_force() throws IOException {
        Path file = cumbriaJanuary(Row.crime("a1", "2019-01", CUMBRIA),
                Row.crime("a2", "2019-01", CUMBRIA), Row.crime("a3", "2019-01", CUMBRIA).set("Falls within", "Kent Police"));

        assertThat(errors(file)).containsExactly("file " + file + ", line 4, column Falls within: expected Cumbria "
                + "Constabulary (the force in the file name), found 'Kent Police'");
    }

    @Test
    void rejects_reported_by_naming_a_body_that_is_not_the_force() throws IOException {
        Path file = cumbriaJanuary(Row.crime("a1", "2019-01", CUMBRIA).set("Reported by", "British Transport Police"));

        assertThat(errors(file)).containsExactly("file " + file + ", line 2, column Reported by: expected Cumbria "
                + "Constabulary (the force in the file name), found 'British Transport Police'");
    }

    @Test
    void accepts_another_spelling_of_the_same_force() throws IOException, IngestFailure {
        Path file = StreetCsv.write(dir, "2019-01-devon-and-cornwall-street.csv", List.of(
                Row.crime("d1", "2019-01", "Devon & Cornwall Police"),
                Row.crime("d2", "2019-01", "Devon & Cornwall Police").set("Falls within", "Devon and Cornwall Police")));

        StreetBatch batch = Ingest.withDefaults(Catalogue.bundled()).read(List.of(file), staging).street();

        assertThat(batch.files()).singleElement().satisfies(f -> assertThat(f.forceCode()).contains("E23000035"));
    }

    @Test
    void rejects_a_truncated_row_naming_its_line_and_field_count() throws IOException {
        Path file = StreetCsv.writeText(dir, "2019-01-cumbria-street.csv", StreetCsv.HEADER + "\r\n"
                + Row.crime("a1", "2019-01", CUMBRIA).csv() + "\r\n"
                + "a2,2019-01,Cumbria Constabulary,Cumbria Constabulary,-3.1,54.6,On or near Main Street\r\n");

        assertThat(errors(file)).containsExactly("file " + file + ", line 3, column LSOA code: expected 12 fields, "
                + "found 7 (truncated row: nothing from this column on)");
    }

    @Test
    void rejects_a_row_with_too_many_fields() throws IOException {
        Path file = StreetCsv.writeText(dir, "2019-01-cumbria-street.csv", StreetCsv.HEADER + "\r\n"
                + Row.crime("a1", "2019-01", CUMBRIA).csv() + ",extra\r\n");

        assertThat(errors(file)).containsExactly("file " + file + ", line 2, column after Context: expected 12 fields, "
                + "found 13 (extra fields)");
    }

    @Test
    void rejects_an_unknown_crime_type_listing_the_known_ones() throws IOException {
        Path file = cumbriaJanuary(Row.crime("a1", "2019-01", CUMBRIA).set("Crime type", "Burglery"));

        assertThat(errors(file)).containsExactly("file " + file + ", line 2, column Crime type: unknown "
                + "data.police.uk crime type 'Burglery'; expected one of [Anti-social behaviour, Bicycle theft, "
                + "Burglary, Criminal damage and arson, Drugs, Other crime, Other theft, Possession of weapons, "
                + "Public disorder and weapons, Public order, Robbery, Shoplifting, Theft from the person, "
                + "Vehicle crime, Violence and sexual offences, Violent crime]");
    }

    @Test
    void rejects_a_non_numeric_longitude() throws IOException {
        Path file = cumbriaJanuary(Row.crime("a1", "2019-01", CUMBRIA).set("Longitude", "west"));

        assertThat(errors(file)).containsExactly("file " + file + ", line 2, column Longitude: expected a number "
                + "between -180 and 180 or nothing, found 'west'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-3.1d", "-3.1f", "0x1p1", "NaN", "Infinity", "1.2.3", "-", "\t-3.1"})
    void rejects_java_only_number_forms_that_the_store_could_not_load(String longitude) throws IOException {
        Path file = cumbriaJanuary(Row.crime("a1", "2019-01", CUMBRIA).set("Longitude", longitude));

        assertThat(errors(file)).containsExactly("file " + file + ", line 2, column Longitude: expected a number "
                + "between -180 and 180 or nothing, found '" + longitude + "'");
    }

    @Test
    void rejects_a_latitude_beyond_the_pole() throws IOException {
        Path file = cumbriaJanuary(Row.crime("a1", "2019-01", CUMBRIA).set("Latitude", "91.5"));

        assertThat(errors(file)).containsExactly("file " + file + ", line 2, column Latitude: expected a number "
                + "between -90 and 90 or nothing, found '91.5'");
    }

    @Test
    void accepts_rows_without_coordinates() throws IOException, IngestFailure {
        Path file = cumbriaJanuary(Row.crime("a1", "2019-01", CUMBRIA).set("Longitude", "").set("Latitude", ""));

        StreetBatch batch = Ingest.withDefaults(Catalogue.bundled()).read(List.of(file), staging).street();

        assertThat(batch.files()).singleElement().satisfies(f -> assertThat(f.crimeRecords()).isEqualTo(1));
    }

    @Test
    void rejects_a_file_named_for_an_unknown_force() throws IOException {
        Path file = StreetCsv.write(dir, "2019-01-atlantis-street.csv", List.of(Row.crime("a1", "2019-01", "Atlantis")));

        assertThat(errors(file)).containsExactly("file " + file + ": unknown force 'atlantis' in the file name; "
                + "expected a data.police.uk slug such as avon-and-somerset, btp or northern-ireland");
    }

    @Test
    void rejects_a_csv_not_named_in_the_archive_layout() throws IOException {
        Path good = cumbriaJanuary(Row.crime("a1", "2019-01", CUMBRIA));
        Path odd = StreetCsv.write(dir, "cumbria-january.csv", List.of(Row.crime("a1", "2019-01", CUMBRIA)));

        assertThat(errors(good, odd)).containsExactly("file " + odd + ": a data.police.uk street file must be named as "
                + "in the archive layout, YYYY-MM-<force>-street.csv (e.g. 2019-01-kent-street.csv): the name gives its "
                + "month and force");
    }

    @Test
    void rejects_a_path_that_does_not_exist() {
        Path missing = dir.resolve("2019-01-cumbria-street.csv");

        assertThat(errors(missing)).containsExactly("file " + missing + ": no such file or folder");
    }

    @Test
    void rejects_a_run_without_street_files() throws IOException {
        Path outcomes = StreetCsv.writeText(dir, "2019-01-cumbria-outcomes.csv", "Crime ID,Month\r\n");

        assertThat(errors(outcomes)).singleElement().asString().startsWith("file " + outcomes + ": no data files found; "
                + "supported: data.police.uk street-level crime CSV");
    }

    @Test
    void reports_every_rejected_file_not_only_the_first() throws IOException {
        Path badMonth = StreetCsv.write(dir, "2019-01-cumbria-street.csv",
                List.of(Row.crime("a1", "2019-02", CUMBRIA)));
        Path good = StreetCsv.write(dir, "2019-01-kent-street.csv", List.of(Row.crime("k1", "2019-01", "Kent Police")));
        Path badType = StreetCsv.write(dir, "2019-01-surrey-street.csv",
                List.of(Row.crime("s1", "2019-01", "Surrey Police").set("Longitude", "1e400")));

        IngestFailure failure = failure(badMonth, good, badType);

        String first = "file " + badMonth + ", line 2, column Month: expected 2019-01 (the month in the file name), found '2019-02'";
        assertThat(failure.errors()).extracting(Throwable::getMessage).containsExactly(first,
                "file " + badType + ", line 2, column Longitude: expected a number between -180 and 180 or nothing, found '1e400'");
        assertThat(failure).hasMessage("2 files rejected; first: " + first);
    }

    @Test
    void names_an_archive_entry_by_archive_and_path() throws IOException {
        Path zip = StreetCsv.zip(dir.resolve("2019-01.zip"), Map.of("2019-01/2019-01-cumbria-street.csv",
                StreetCsv.content(List.of(Row.crime("a1", "2019-01", CUMBRIA), Row.crime("a2", "2019-01", "Kent Police")))));

        IngestFailure failure = failure(zip);

        assertThat(failure.errors()).singleElement().satisfies(e -> {
            assertThat(e).hasMessage("file " + zip + "!2019-01/2019-01-cumbria-street.csv, line 3, column Reported by: "
                    + "expected Cumbria Constabulary (the force in the file name), found 'Kent Police'");
            assertThat(e.file()).isEqualTo(zip + "!2019-01/2019-01-cumbria-street.csv");
            assertThat(e.line()).contains(3L);
            assertThat(e.field()).contains("Reported by");
            assertThat(e.problem()).isEqualTo("expected Cumbria Constabulary (the force in the file name), found 'Kent Police'");
        });
    }

    @Test
    void rejects_an_archive_that_is_not_a_zip() throws IOException {
        Path zip = StreetCsv.writeText(dir, "2019-01.zip", "not a zip at all");

        assertThat(failure(zip).errors()).singleElement().satisfies(e -> assertThat(e.getMessage())
                .startsWith("file " + zip + ": not a readable zip archive: "));
    }
}
