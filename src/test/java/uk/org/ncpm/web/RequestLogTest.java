package uk.org.ncpm.web;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class RequestLogTest {

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final RequestLog log = new RequestLog(new PrintStream(written, true, StandardCharsets.UTF_8));

    @Test
    void a_line_per_request_in_the_layout_of_the_other_log_lines_written_out_on_flush() {
        log.line("GET", "/forces/gwent", 200);
        log.line("POST", "/", 405);
        assertThat(written.size()).isZero();

        log.flush();

        assertThat(written.toString(StandardCharsets.UTF_8).split("\n"))
                .satisfiesExactly(
                        line -> assertThat(line).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO WebApp - GET /forces/gwent 200"),
                        line -> assertThat(line).endsWith(" INFO WebApp - POST / 405"));
    }

    @Test
    void lines_are_written_out_without_a_flush_once_enough_are_waiting() {
        int lines = 0;
        while (written.size() == 0) {
            log.line("GET", "/api/v1/figures/homicide.json", 200);
            lines++;
        }

        String text = written.toString(StandardCharsets.UTF_8);
        assertThat(text.length()).isGreaterThanOrEqualTo(RequestLog.FLUSH_CHARS);
        assertThat(text.split("\n")).hasSize(lines);
    }

    @Test
    void a_flush_with_nothing_waiting_writes_nothing() {
        log.flush();

        assertThat(written.size()).isZero();
    }
}
