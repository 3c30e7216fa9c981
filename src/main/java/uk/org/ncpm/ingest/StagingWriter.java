package uk.org.ncpm.ingest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes normalised street rows as RFC 4180 CSV for the store's bulk load:
 * {@code job,crime_id,crime_type,lsoa_code,longitude,latitude,outcome,identical_repeat}; empty means NULL.
 * A row is either written whole from strings ({@link #write}) or built from byte ranges of the file
 * ({@link #startRow}, {@link #field}, {@link #endRow}).
 */
final class StagingWriter implements AutoCloseable {

    static final String COLUMNS = "{'job': 'INTEGER', 'crime_id': 'VARCHAR', 'crime_type': 'VARCHAR', "
            + "'lsoa_code': 'VARCHAR', 'longitude': 'DOUBLE', 'latitude': 'DOUBLE', 'outcome': 'VARCHAR', "
            + "'identical_repeat': 'BOOLEAN'}";

    private static final byte[] TRUE = ",true\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE = ",false\n".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final OutputStream out;
    private byte[] row = new byte[512];
    private int length;

    StagingWriter(Path file) throws IOException {
        this.file = file;
        try {
            this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        } catch (IOException e) {
            throw new StagingFailure(e);
        }
    }

    Path file() {
        return file;
    }

    void write(String job, String crimeId, String crimeType, String lsoaCode, String longitude, String latitude,
               String outcome, boolean identicalRepeat) throws IOException {
        startRow(job.getBytes(StandardCharsets.UTF_8));
        field(crimeId);
        field(crimeType);
        field(lsoaCode);
        field(longitude);
        field(latitude);
        field(outcome);
        endRow(identicalRepeat);
    }

    void startRow(byte[] job) {
        length = 0;
        append(job, 0, job.length);
    }

    /** A field from {@code bytes[from, to)}, UTF-8 text, quoted when it needs to be. */
    void field(byte[] bytes, int from, int to) {
        append(',');
        boolean plain = true;
        for (int i = from; i < to && plain; i++) {
            byte b = bytes[i];
            plain = b != ',' && b != '"' && b != '\n' && b != '\r';
        }
        if (plain) {
            append(bytes, from, to);
            return;
        }
        append('"');
        for (int i = from; i < to; i++) {
            if (bytes[i] == '"') {
                append('"');
            }
            append(bytes[i]);
        }
        append('"');
    }

    void endRow(boolean identicalRepeat) throws IOException {
        byte[] end = identicalRepeat ? TRUE : FALSE;
        append(end, 0, end.length);
        try {
            out.write(row, 0, length);
        } catch (IOException e) {
            throw new StagingFailure(e);
        }
    }

    private void field(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        field(bytes, 0, bytes.length);
    }

    private void append(byte[] bytes, int from, int to) {
        int n = to - from;
        if (length + n > row.length) {
            row = Arrays.copyOf(row, Math.max(row.length * 2, length + n));
        }
        System.arraycopy(bytes, from, row, length, n);
        length += n;
    }

    private void append(int b) {
        if (length == row.length) {
            row = Arrays.copyOf(row, row.length * 2);
        }
        row[length++] = (byte) b;
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } catch (IOException e) {
            throw new StagingFailure(e);
        }
    }
}
