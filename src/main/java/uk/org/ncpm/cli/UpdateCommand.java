package uk.org.ncpm.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "update", mixinStandardHelpOptions = true,
        description = {"Fetch what is new from data.police.uk (the latest archive; nothing if unchanged since the "
                + "last fetch), ingest it, and compute the figures that changed: 'fetch police-uk --latest' then 'compute'."})
final class UpdateCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Mixin
    FetchOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int fetched = PoliceUkFetch.run(store, options, Optional.empty(), spec.commandLine().getOut(), spec.commandLine().getErr());
        if (fetched != 0) {
            return fetched;
        }
        return ComputeCommand.compute(store, false, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
