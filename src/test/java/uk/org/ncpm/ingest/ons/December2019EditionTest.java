package uk.org.ncpm.ingest.ons;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.cli.Ncpm;
import uk.org.ncpm.ingest.Observation;
import uk.org.ncpm.ingest.TableContent;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape of the ONS "Police force area data tables, year ending December 2019" edition, which the
 * product used to refuse whole: Greater Manchester Police could not supply knife-crime data, so its
 * Table P4 cells read {@code NA}, and the national row is printed "England and Wales (excluding Greater
 * Manchester Police)". The workbook is built here in that shape (title, Area Code/Area Name header, the
 * {@code NA} cells, the label), with figures of the real edition's size but not its values.
 */
class December2019EditionTest {

    private static final String P4_TITLE = "Table P4: Knife and sharp instrument offences recorded by the police for "
            + "selected offences, by police force area, English regions and Wales, year ending December 2019";
    private static final String KNIFE = "Number of\n offences\n involving a\n knife";
    private static final String NATIONAL = "England and Wales (excluding Greater Manchester Police)";

    @TempDir
    Path dir;

    static byte[] workbook() {
        return new SmallPfaWorkbook().sheet("Table P1", SmallPfaWorkbook.P1_TITLE.replace("June 2019", "December 2019"), "1,2")
                .blankRows(2).groupHeading("Victim-based crime", 3, 7).header(true, SmallPfaWorkbook.P1_HEADINGS)
                .row("E23000005", "Greater Manchester", 405000, 40, 6500, 20000, 30000, 8000)
                .row("E23000003", "Lancashire", 160000, 20, 1100, 8000, 9000, 900)
                .sheet("Table P4", P4_TITLE, "1").blankRows(1)
                .groupHeading("Total of selected\n serious offences", 2, 3)
                .header(true, List.of(KNIFE + "6", "% involving a knife"))
                .row(null, NATIONAL, 41000, 6.0)
                .row("E23000005", "Greater Manchester", "NA", "NA")
                .row("E23000003", "Lancashire", 1180, 5.0)
                .text("Source: Police recorded crime, Home Office")
                .text("1. Police recorded crime data are not designated as National Statistics.")
                .bytes();
    }

    @Test
    void loads_with_greater_manchester_not_available_and_the_national_total_with_its_exclusion() throws Exception {
        TableContent content = new OnsPfaTablesReader(Catalogue.bundled()).read("dec2019.xlsx", workbook());

        Observation manchester = knife(content, "E23000005");
        assertThat(manchester.value()).isEmpty();
        assertThat(manchester.marker()).hasValue("NA");
        Observation national = knife(content, "K04000001");
        assertThat(national.value()).hasValue(41000);
        assertThat(national.footnotes()).containsExactly("England and Wales total as published by the source: "
                + "excludes Greater Manchester Police.");
    }

    @Test
    void the_figures_say_why_greater_manchester_is_not_available_and_what_the_national_total_leaves_out() throws Exception {
        Path file = dir.resolve("policeforceareatablesyearendingdecember2019.xlsx");
        Files.write(file, workbook());
        String store = dir.resolve("ncpm.duckdb").toString();

        assertThat(cli("ingest", "--store", store, file.toString())).startsWith("0|");
        assertThat(cli("observations", "--store", store, "--metric", "knife-crime", "--area", "E23000005", "--format", "csv"))
                .contains(",,,,not available in the source (NA),");
        assertThat(cli("compute", "--store", store)).startsWith("0|");
        String figures = cli("figures", "--store", store, "--period", "2019-12", "--format", "csv");
        String json = cli("figures", "--store", store, "--period", "2019-12", "--format", "json");

        assertThat(line(figures, "knife-crime,E23000005,")).singleElement().asString().contains(",not available,");
        // the figure's reason (JSON) says why, with the marker as printed
        assertThat(json).contains("knife-crime not available in the source (NA)");
        assertThat(String.join("\n", line(figures, "knife-crime,K04000001,"))).contains("excludes Greater Manchester Police");
    }

    private static List<String> line(String csv, String start) {
        return Arrays.stream(csv.split("\r?\n")).filter(l -> l.startsWith(start)).toList();
    }

    private static String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Ncpm.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return code + "|" + out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    private static Observation knife(TableContent content, String area) {
        return content.observations().stream().filter(o -> o.seriesId().equals("knife-crime") && o.areaCode().equals(area))
                .findFirst().orElseThrow(() -> new AssertionError("no knife-crime for " + area + " in " + content.observations()));
    }
}
