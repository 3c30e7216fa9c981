package uk.org.ncpm.cli;

import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where a new password comes from: typed twice at the terminal (not echoed), or one line of standard input
 * with {@code --password-stdin} for scripts. Never an argument: arguments show in `ps` and shell history.
 */
final class PasswordInput {

    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input "
            + "(for scripts) instead of asking at the terminal.")
    boolean stdin;

    /**
     * @throws IllegalArgumentException no terminal and no --password-stdin, the two typings differ, or nothing was given
     */
    char[] read(String username) throws IOException {
        if (stdin) {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new IllegalArgumentException("--password-stdin: standard input held no password");
            }
            return line.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("there is no terminal to type the password at; "
                    + "give it on standard input with --password-stdin");
        }
        char[] first = console.readPassword("New password for %s (at least 12 characters): ", username);
        char[] second = console.readPassword("The same password again: ");
        if (first == null || second == null || !Arrays.equals(first, second)) {
            throw new IllegalArgumentException("the two passwords typed are not the same; nothing was changed");
        }
        Arrays.fill(second, ' ');
        return first;
    }
}
