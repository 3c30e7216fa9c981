package uk.org.ncpm.cli;

import uk.org.ncpm.ingest.fetch.Progress;

import java.io.PrintStream;
import java.util.Locale;

/** Bytes of a download as they arrive, on one line rewritten at most four times a second. */
final class TerminalProgress implements Progress {

    private final PrintStream terminal;
    private long shownAt;

    TerminalProgress(PrintStream terminal) {
        this.terminal = terminal;
    }

    @Override
    public void advanced(String name, long bytes, long total) {
        long now = System.nanoTime();
        if (now - shownAt < 250_000_000L) {
            return;
        }
        shownAt = now;
        String of = total > 0 ? String.format(Locale.ROOT, " of %.1f MB (%d%%)", total / 1e6, bytes * 100 / total) : "";
        terminal.printf(Locale.ROOT, "\r%s: %.1f MB%s   ", name, bytes / 1e6, of);
        terminal.flush();
    }

    @Override
    public void finished(String name) {
        if (shownAt != 0) {
            terminal.println();
            shownAt = 0;
        }
    }
}
