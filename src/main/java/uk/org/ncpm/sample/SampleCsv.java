package uk.org.ncpm.sample;

import java.util.Arrays;
import java.util.stream.Collectors;

/** One CSV line from fields, quoted as RFC 4180 requires. */
final class SampleCsv {

    private SampleCsv() {
    }

    static String line(String... fields) {
        return Arrays.stream(fields).map(SampleCsv::field).collect(Collectors.joining(",")) + "\n";
    }

    static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
