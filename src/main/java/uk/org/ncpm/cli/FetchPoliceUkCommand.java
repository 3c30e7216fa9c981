package uk.org.ncpm.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import uk.org.ncpm.ingest.fetch.MonthRange;

import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "police-uk", mixinStandardHelpOptions = true,
        description = {"Download data.police.uk monthly archives (/data/archive/YYYY-MM.zip, each holding the last "
                + "36 months of every force) and ingest their street files.",
                "--months takes the fewest archives that hold the months (the newest archive whose window holds them) "
                        + "and ingests only those months; --latest takes the newest archive and ingests all of it."})
final class FetchPoliceUkCommand implements Callable<Integer> {

    static final class Which {
        @Option(names = "--months", paramLabel = "YYYY-MM..YYYY-MM", required = true,
                description = "Months to fetch, first to last inclusive (e.g. 2019-03..2019-06), or one month.")
        String months;

        @Option(names = "--latest", required = true, description = "The newest archive, every month of it.")
        boolean latest;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Mixin
    StoreOption store;

    @Mixin
    FetchOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<MonthRange> months = Optional.empty();
        if (which.months != null) {
            try {
                months = Optional.of(MonthRange.parse(which.months));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--months: " + e.getMessage());
            }
        }
        return PoliceUkFetch.run(store, options, months, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
