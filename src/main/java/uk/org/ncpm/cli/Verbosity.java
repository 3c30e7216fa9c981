package uk.org.ncpm.cli;

import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What reaches the terminal besides our own messages. Libraries log through SLF4J (POI via
 * log4j-to-slf4j) or java.util.logging; by default both are silent, since an xlsx without its
 * shared strings once printed 37,913 lines of library errors before our one message. With
 * {@code --verbose} every library's log and the cause of each error is shown.
 */
final class Verbosity {

    static final String OPTION = "--verbose";

    private Verbosity() {
    }

    /** Called before anything logs: SLF4J's simple backend reads its levels once, at the first logger. */
    static void apply(String[] args) {
        boolean verbose = Arrays.asList(args).contains(OPTION);
        if (verbose) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
        }
        Logger.getLogger("").setLevel(verbose ? Level.ALL : Level.OFF);
    }
}
