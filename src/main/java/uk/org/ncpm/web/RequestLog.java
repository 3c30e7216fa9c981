package uk.org.ncpm.web;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One line per request, whichever layer answers it: time, method, path, status, in the layout of the
 * application's other log lines. Buffered as nginx's {@code access_log buffer= flush=}: written out
 * when {@value #FLUSH_CHARS} characters are waiting, at least once a second, and when the server
 * stops. A line and a write per request cost about a quarter of a kept answer (bench/web.sh).
 */
final class RequestLog {

    static final int FLUSH_CHARS = 32 * 1024;
    private static final long FLUSH_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    /** The server's log, on standard error beside the other log lines. */
    static final RequestLog STANDARD_ERROR = new RequestLog(System.err).flushingEverySecond();

    /** For a site nobody watches: {@code ncpm publish}'s in-process crawl. */
    static final RequestLog DISCARD = new RequestLog(new PrintStream(java.io.OutputStream.nullOutputStream()));

    private final PrintStream out;
    private final StringBuilder waiting = new StringBuilder(FLUSH_CHARS + 1024);
    private long lastFlush = System.nanoTime();

    RequestLog(PrintStream out) {
        this.out = out;
    }

    synchronized void line(String method, String path, int status) {
        TIME.formatTo(LocalTime.now(), waiting);
        waiting.append(" INFO WebApp - ").append(method).append(' ').append(path).append(' ').append(status).append('\n');
        if (waiting.length() >= FLUSH_CHARS || System.nanoTime() - lastFlush >= FLUSH_NANOS) {
            flush();
        }
    }

    synchronized void flush() {
        if (!waiting.isEmpty()) {
            out.append(waiting);
            out.flush();
            waiting.setLength(0);
        }
        lastFlush = System.nanoTime();
    }

    private RequestLog flushingEverySecond() {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "request-log-flush");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(this::flush, 1, 1, TimeUnit.SECONDS);
        return this;
    }
}
