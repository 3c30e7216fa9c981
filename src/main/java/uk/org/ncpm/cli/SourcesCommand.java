package uk.org.ncpm.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.org.ncpm.store.SourceFileRow;
import uk.org.ncpm.store.SourceFiles;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "sources", mixinStandardHelpOptions = true, subcommands = SourcesRemoveCommand.class,
        description = "List the vintages of every ingested file: sha256, size, rows, period, and whether it is current.")
final class SourcesCommand implements Callable<Integer> {

    /** The table for people shows the essentials; CSV and JSON carry every column. */
    static final List<String> TABLE_COLUMNS = List.of("id", "name", "publisher", "period_start", "rows",
            "rows_stored", "rows_set_aside", "sha256", "sample", "status");

    static final List<String> COLUMNS = List.of("id", "kind", "name", "container", "publisher", "force_code",
            "period_start", "period_end", "sha256", "bytes", "rows", "rows_stored", "rows_set_aside", "crime_records",
            "asb_records", "duplicate_ids", "sample", "status", "ingested_at", "set_aside_reason");

    @Mixin
    StoreOption store;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return ListingRun.print(store, output.format, spec, (opened, format) -> {
            List<List<Object>> rows = new ArrayList<>();
            for (SourceFileRow f : new SourceFiles(opened).list()) {
                String sha = format == OutputFormat.table ? f.sha256().substring(0, 12) : f.sha256();
                rows.add(List.of(f.id(), f.kind(), f.name(), f.container().orElse(""), f.publisher(),
                        f.forceCode().orElse(""), f.periodStart(), f.periodEnd(), sha, f.bytes(), f.rows(),
                        f.rowsStored(), f.rowsSetAside(), f.crimeRecords(), f.asbRecords(), f.duplicateIds(), f.sample(),
                        f.supersededBy().map(id -> "superseded by #" + id).orElse("current"), f.ingestedAt(),
                        f.setAsideReason().orElse("")));
            }
            Listing listing = new Listing(COLUMNS, rows);
            return format == OutputFormat.table ? listing.select(TABLE_COLUMNS) : listing;
        });
    }
}
