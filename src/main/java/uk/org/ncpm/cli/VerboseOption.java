package uk.org.ncpm.cli;

import picocli.CommandLine.Option;

import java.io.PrintWriter;

/** {@code --verbose}: library logs and the causes behind each error (see {@link Verbosity}). */
final class VerboseOption {

    @Option(names = Verbosity.OPTION, description = "Show the detail behind errors and the libraries' own logs.")
    boolean verbose;

    /** Prints the chain of causes behind a message the user has already seen, when asked for. */
    void explain(Throwable error, PrintWriter err) {
        if (!verbose) {
            return;
        }
        for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
            err.println("  caused by: " + cause);
        }
    }
}
