package uk.org.ncpm.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.ingest.CoverageRow;
import uk.org.ncpm.store.CoverageQuery;
import uk.org.ncpm.text.CoverageColumns;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = {"Per territorial force and month: crime records (rows with a Crime ID) and whether the data "
                + "are complete, partial or missing, with the reason.",
                "Partial: under half the median of the force's surrounding 12 months (6 before, 6 after)."})
final class CoverageCommand implements Callable<Integer> {

    static final List<String> COLUMNS = CoverageColumns.NAMES;

    @Mixin
    StoreOption store;

    @Mixin
    FormatOption output;

    @Option(names = "--force", paramLabel = "CODE", description = "ONS police force area code, e.g. E23000003 (or a force name).")
    String force;

    @Option(names = "--from", paramLabel = "YYYY-MM", description = "First month to list.")
    YearMonth from;

    @Option(names = "--to", paramLabel = "YYYY-MM", description = "Last month to list.")
    YearMonth to;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<String> forceCode = Optional.empty();
        if (force != null) {
            forceCode = Optional.of(Catalogue.bundled().forces().find(force)
                    .orElseThrow(() -> new ParameterException(spec.commandLine(), "--force: unknown force '" + force
                            + "'; expected an ONS police force area code such as E23000003 (Lancashire)")).code());
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
        }
        Optional<String> code = forceCode;
        return ListingRun.print(store, output.format, spec, (opened, format) -> {
            List<List<Object>> rows = new ArrayList<>();
            for (CoverageRow row : new CoverageQuery(opened).list(code, Optional.ofNullable(from), Optional.ofNullable(to))) {
                rows.add(CoverageColumns.of(row));
            }
            return new Listing(COLUMNS, rows);
        });
    }
}
