package uk.org.ncpm.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code ncpm} command: every subcommand is listed here. */
@Command(name = "ncpm", mixinStandardHelpOptions = true, version = "NCPM Monitor " + Ncpm.VERSION,
        description = "NCPM Monitor: the National Crime and Policing Measures against the June 2019 baseline.",
        subcommands = {

                DemoCommand.class,
                ComputeCommand.class,
                IngestCommand.class,
                FetchCommand.class,
                UpdateCommand.class,
                SourcesCommand.class,
                CoverageCommand.class,
                FiguresCommand.class,
                DiagnosticsCommand.class,
                ObservationsCommand.class,
                SampleCommand.class,
                ServeCommand.class,
                PublishCommand.class,
                ReleaseCommand.class,
                UsersCommand.class,
                AuditCommand.class,

                CommandLine.HelpCommand.class
        })
public final class Ncpm implements Runnable {

    /** The product's version, shown by --version and sent in the User-Agent of every fetch. */
    static final String VERSION = "0.1.0";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        Verbosity.apply(args);
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command in-process; returns its exit code (0 success, 1 failure, 2 usage error). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine cli = new CommandLine(new Ncpm()).setOut(outWriter).setErr(errWriter);
        int code = cli.execute(args);
        outWriter.flush();
        errWriter.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
