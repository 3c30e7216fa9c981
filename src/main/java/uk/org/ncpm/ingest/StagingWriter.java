package uk.org.ncpm.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes normalised street rows as RFC 4180 CSV for the store's bulk load:
 * {@code job,crime_id,crime_type,lsoa_code,longitude,latitude,outcome,identical_repeat}; empty means NULL.
 */
final class StagingWriter implements AutoCloseable {

    static final String COLUMNS = "{'job': 'INTEGER', 'crime_id': 'VARCHAR', 'crime_type': 'VARCHAR', "
            + "'lsoa_code': 'VARCHAR', 'longitude': 'DOUBLE', 'latitude': 'DOUBLE', 'outcome': 'VARCHAR', "
            + "'identical_repeat': 'BOOLEAN'}";

    private final Path file;
    private final BufferedWriter out;
    private final StringBuilder row = new StringBuilder(256);

    StagingWriter(Path file) throws IOException {
        this.file = file;
        try {
            this.out = new BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new StagingFailure(e);
        }
    }

    Path file() {
        return file;
    }

    void write(String job, String crimeId, String crimeType, String lsoaCode, String longitude, String latitude,
               String outcome, boolean identicalRepeat) throws IOException {
        row.setLength(0);
        row.append(job);
        field(crimeId);
        field(crimeType);
        field(lsoaCode);
        field(longitude);
        field(latitude);
        field(outcome);
        row.append(',').append(identicalRepeat);
        row.append('\n');
        try {
            out.append(row);
        } catch (IOException e) {
            throw new StagingFailure(e);
        }
    }

    private void field(String value) {
        row.append(',');
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            row.append(value);
        } else {
            row.append('"').append(value.replace("\"", "\"\"")).append('"');
        }
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
