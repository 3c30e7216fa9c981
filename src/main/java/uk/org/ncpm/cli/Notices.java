package uk.org.ncpm.cli;

import picocli.CommandLine.Model.CommandSpec;

/** Notices printed above listings; kept off standard output where that must stay machine-readable. */
final class Notices {

    private Notices() {
    }

    static void sample(boolean holdsSample, OutputFormat format, CommandSpec spec) {
        if (holdsSample) {
            (format == OutputFormat.table ? spec.commandLine().getOut() : spec.commandLine().getErr())
                    .println(SampleNotice.TEXT);
        }
    }
}
