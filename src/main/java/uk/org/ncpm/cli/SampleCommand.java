package uk.org.ncpm.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.sample.SampleDataset;
import uk.org.ncpm.sample.SampleSummary;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "sample", mixinStandardHelpOptions = true,
        description = {"Write the SAMPLE dataset: synthetic data.police.uk street files for all 43 forces, "
                + "July 2018 to June 2021, in the exact published format and archive layout.",
                "Not real crime records: every row says so in its Context column."})
final class SampleCommand implements Callable<Integer> {

    static final long DEFAULT_SEED = 2019;
    static final double DEFAULT_SCALE = 0.1;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into (must be empty or new).")
    Path out;

    @Option(names = "--seed", defaultValue = "" + DEFAULT_SEED, description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--scale", defaultValue = "" + DEFAULT_SCALE,
            description = "Share of realistic volumes, above 0 and at most 1 (default: ${DEFAULT-VALUE}).")
    double scale;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!(scale > 0 && scale <= 1)) {
            throw new ParameterException(spec.commandLine(), "--scale must be above 0 and at most 1, found " + scale);
        }
        if (Files.isDirectory(out)) {
            try (var listing = Files.list(out)) {
                if (listing.findAny().isPresent()) {
                    throw new ParameterException(spec.commandLine(), "--out " + out + " is not empty; choose a new or empty folder");
                }
            }
        }
        SampleSummary summary = write(out, seed, scale);
        describe(summary, spec.commandLine().getOut());
        return 0;
    }

    static SampleSummary write(Path folder, long seed, double scale) throws IOException {
        return new SampleDataset(Catalogue.bundled(), seed, scale).write(folder);
    }

    static void describe(SampleSummary s, PrintWriter out) {
        out.println(SampleNotice.FILES);
        out.printf("Wrote %d synthetic street files, a recorded crime table (Home Office format) and a tidy file of "
                        + "national metrics and populations (%d rows in all) for %d forces, %s to %s, into %s (seed %d, scale %s).%n",
                s.files(), s.rows(), s.forces(), s.firstMonth(), s.lastMonth(), s.folder(), s.seed(), s.scale());
        out.printf("Deliberately missing: %s %s (shows how missing data are handled).%n",
                Catalogue.bundled().forces().byCode(s.missingForce()).orElseThrow().name(), s.missingMonth());
    }
}
