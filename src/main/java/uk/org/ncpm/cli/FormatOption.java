package uk.org.ncpm.cli;

import picocli.CommandLine.Option;

/** The {@code --format} option of the listing commands. */
final class FormatOption {

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;
}
