package uk.org.ncpm.sample;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.cli.Ncpm;
import uk.org.ncpm.ingest.StagingArea;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A store holding the sample dataset at 2% of realistic volumes (seed 2019), ingested and computed
 * through the CLI: built once per test JVM, shared read-only by the tests that need a whole country's
 * figures, deleted when the JVM exits. Gwent Police's 2019-11 is missing, as in every sample.
 */
public final class SmallSampleStore {

    public static final long SEED = 2019;
    public static final double SCALE = 0.02;

    private static Path store;

    private SmallSampleStore() {
    }

    public static synchronized Path path() {
        if (store == null) {
            try {
                Path dir = Files.createTempDirectory("ncpm-small-sample-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> StagingArea.deleteTree(dir)));
                Path files = dir.resolve("files");
                new SampleDataset(Catalogue.bundled(), SEED, SCALE).write(files);
                Path built = dir.resolve("ncpm.duckdb");
                run("ingest", "--store", built.toString(), files.toString());
                run("compute", "--store", built.toString());
                store = built;
            } catch (IOException e) {
                throw new UncheckedIOException("the small sample store could not be built", e);
            }
        }
        return store;
    }

    private static void run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Ncpm.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        if (code != 0) {
            throw new IllegalStateException("ncpm " + String.join(" ", args) + " exited " + code + ": "
                    + err.toString(StandardCharsets.UTF_8));
        }
    }
}
