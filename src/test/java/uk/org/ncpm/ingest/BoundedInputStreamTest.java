package uk.org.ncpm.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class BoundedInputStreamTest {

    @Test
    void counts_the_bytes_read_up_to_the_limit() throws IOException {
        try (BoundedInputStream in = new BoundedInputStream(new ByteArrayInputStream(new byte[10]), 10, "entry")) {
            assertThat(in.readAllBytes()).hasSize(10);
            assertThat(in.count()).isEqualTo(10);
        }
    }

    @Test
    void fails_as_soon_as_more_bytes_come_out_than_the_limit() {
        InputStream in = new BoundedInputStream(new ByteArrayInputStream(new byte[11]), 10, "a.zip!b.csv");

        assertThatIOException().isThrownBy(in::readAllBytes).withMessage("a.zip!b.csv expands beyond 10 bytes");
    }

    @Test
    void fails_on_single_byte_reads_too() throws IOException {
        InputStream in = new BoundedInputStream(new ByteArrayInputStream(new byte[] {1, 2, 3}), 2, "entry");

        assertThat(in.read()).isEqualTo(1);
        assertThat(in.read()).isEqualTo(2);
        assertThatIOException().isThrownBy(in::read).withMessage("entry expands beyond 2 bytes");
    }
}
