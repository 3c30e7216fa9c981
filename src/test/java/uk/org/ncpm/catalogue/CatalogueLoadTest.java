package uk.org.ncpm.catalogue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each check of the loader, on a copy of the shipped catalogue with one row broken. */
class CatalogueLoadTest {

    @TempDir
    Path folder;

    @BeforeEach
    void copy_the_shipped_catalogue() throws IOException {
        for (Path file : CatalogueFolder.files()) {
            Files.copy(file, folder.resolve(file.getFileName().toString()));
        }
    }

    @Test
    void the_copy_loads_as_the_shipped_catalogue() {
        Catalogue copy = Catalogue.load(CatalogueFiles.in(folder));
        Catalogue bundled = Catalogue.bundled();

        assertThat(copy.version()).isEqualTo(bundled.version());
        assertThat(copy.metrics()).isEqualTo(bundled.metrics());
        assertThat(copy.figureSources()).isEqualTo(bundled.figureSources());
        assertThat(copy.forces().territorial()).isEqualTo(bundled.forces().territorial());
    }

    @Test
    void a_metric_naming_an_unknown_measure_fails_with_its_file_and_line() throws IOException {
        long line = append("metrics.csv", "cyber-confidence,confidence,Confidence in the law enforcement "
                + "response,tidy import,england-and-wales,percentage,,up,false");

        assertThatIllegalStateException().isThrownBy(this::load).withMessage(
                "catalogue file metrics.csv, line " + line
                        + ": metric cyber-confidence names unknown measure confidence");
    }

    @Test
    void a_series_naming_an_unknown_metric_fails_with_its_file_and_line() throws IOException {
        long line = append("series.csv", "county-lines-closed,County lines closed,county-lines,count,");

        assertThatIllegalStateException().isThrownBy(this::load).withMessage(
                "catalogue file series.csv, line " + line
                        + ": series county-lines-closed names unknown metric county-lines");
    }

    @Test
    void a_figure_source_naming_an_unknown_metric_fails_with_its_file_and_line() throws IOException {
        long line = append("figure-sources.csv",
                "county-lines,ncpm-tidy-metric,county-lines,published,published figures");

        assertThatIllegalStateException().isThrownBy(this::load).withMessage("catalogue file figure-sources.csv, "
                + "line " + line + ": figure source names unknown metric county-lines");
    }

    @Test
    void a_figure_source_naming_an_unknown_series_fails_with_its_file_and_line() throws IOException {
        long line = append("figure-sources.csv", "homicide,home-office-prc,homicide+manslaughter,quarterly,"
                + "police recorded crime");

        assertThatIllegalStateException().isThrownBy(this::load).withMessage("catalogue file figure-sources.csv, "
                + "line " + line + ": figure source of homicide names unknown series manslaughter");
    }

    @Test
    void a_police_uk_crime_type_naming_an_unknown_metric_fails_with_its_file_and_line() throws IOException {
        long line = append("police-uk-crime-types.csv", "Shoplifting (old),shoplifting,");

        assertThatIllegalStateException().isThrownBy(this::load).withMessage(
                "catalogue file police-uk-crime-types.csv, "
                + "line " + line + ": police.uk crime type Shoplifting (old) names unknown metric shoplifting");
    }

    @Test
    void a_field_that_does_not_parse_fails_with_its_file_and_line() throws IOException {
        long line = append("figure-sources.csv", "homicide,home-office-prc,homicide,yearly,police recorded crime");

        assertThatIllegalStateException().isThrownBy(this::load).withMessageStartingWith(
                "catalogue file figure-sources.csv, line " + line + ": No enum constant");
    }

    @Test
    void a_catalogue_without_a_version_fails() throws IOException {
        Files.writeString(folder.resolve("catalogue.properties"), "published=2021-03-24\n");

        assertThatIllegalStateException().isThrownBy(this::load)
                .withMessage("catalogue file catalogue.properties: no version");
    }

    @Test
    void a_missing_file_is_named() throws IOException {
        Files.delete(folder.resolve("measures.csv"));

        assertThatThrownBy(this::load).isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("catalogue file measures.csv could not be read");
    }

    private Catalogue load() {
        return Catalogue.load(CatalogueFiles.in(folder));
    }

    /** Adds a row at the end of a catalogue file and gives its line number. */
    private long append(String file, String row) throws IOException {
        Path path = folder.resolve(file);
        String text = Files.readString(path);
        text = text.endsWith("\n") ? text : text + "\n";
        Files.writeString(path, text + row + "\n");
        return text.lines().count() + 1;
    }
}
