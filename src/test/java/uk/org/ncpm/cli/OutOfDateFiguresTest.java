package uk.org.ncpm.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.measures.Computation;
import uk.org.ncpm.sample.SmallSampleStore;
import uk.org.ncpm.store.Store;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A file ingested after `compute` makes the figures of the sources that read it out of date, and serve and publish say so. */
class OutOfDateFiguresTest {

    @TempDir
    Path folder;

    @Test
    void figures_computed_after_the_last_ingest_are_up_to_date_and_a_later_file_makes_its_sources_stale() throws Exception {
        Path store = Files.copy(SmallSampleStore.path(), folder.resolve("ncpm.duckdb"));
        try (Store opened = Store.open(store, Catalogue.bundled())) {
            assertThat(new Computation(opened, Catalogue.bundled()).stale()).isEmpty();
            assertThat(warning(opened)).isEmpty();
        }
        Path tidy = Files.writeString(folder.resolve("homicide-index-2021.csv"), """
                metric,area_code,period_start,period_end,value,lower,upper,unit,source,note
                homicide-index,K04000001,2020-07-01,2021-06-30,571,,,count,Home Office Homicide Index,a later publication
                """);

        CliRun ingest = CliRun.of("ingest", "--store", store.toString(), tidy.toString());

        assertThat(ingest.exitCode()).isZero();
        try (Store opened = Store.open(store, Catalogue.bundled())) {
            // population comes in tidy files too, so every source that reads a tidy file or a population is stale
            assertThat(new Computation(opened, Catalogue.bundled()).stale()).contains("homicide-index from ncpm-tidy-metric");
            assertThat(warning(opened)).startsWith("warning: the figures of ").contains(" out of date with the files loaded (")
                    .endsWith("run `ncpm compute` first\n");
        }
        assertThat(CliRun.of("compute", "--store", store.toString()).exitCode()).isZero();
        try (Store opened = Store.open(store, Catalogue.bundled())) {
            assertThat(new Computation(opened, Catalogue.bundled()).stale()).isEmpty();
        }
    }

    private static String warning(Store store) throws Exception {
        StringWriter text = new StringWriter();
        OutOfDateFigures.warn(store, true, new PrintWriter(text));
        return text.toString();
    }
}
