package uk.org.ncpm.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes normalised street rows as RFC 4180 CSV for the store's bulk load:
 * {@code job,crime_id,crime_type,lsoa_code,longitude,latitude,outcome}; empty means NULL.
 */
final class StagingWriter implements AutoCloseable {

    static final String COLUMNS = "{'job': 'INTEGER', 'crime_id': 'VARCHAR', 'crime_type': 'VARCHAR', "
            + "'lsoa_code': 'VARCHAR', 'longitude': 'DOUBLE', 'latitude': 'DOUBLE', 'outcome': 'VARCHAR'}";

    private final Path file;
    private final BufferedWriter out;

    StagingWriter(Path file) throws IOException {
        this.file = file;
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    Path file() {
        return file;
    }

    void write(String job, String crimeId, String crimeType, String lsoaCode, String longitude, String latitude,
               String outcome) throws IOException {
        out.write(job);
        field(crimeId);
        field(crimeType);
        field(lsoaCode);
        field(longitude);
        field(latitude);
        field(outcome);
        out.write('\n');
    }

    private void field(String value) throws IOException {
        out.write(',');
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            out.write(value);
        } else {
            out.write('"');
            out.write(value.replace("\"", "\"\""));
            out.write('"');
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
