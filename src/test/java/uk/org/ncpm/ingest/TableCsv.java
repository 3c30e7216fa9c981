package uk.org.ncpm.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds small published tables for tests: tidy metric files and population estimates, lines ending in CRLF. */
public final class TableCsv {

    public static final String TIDY_HEADER = "metric,area_code,period_start,period_end,value,lower,upper,unit,source,note";

    private TableCsv() {
    }

    /** The lines joined, each ending in CRLF. */
    public static String lines(String... lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append("\r\n");
        }
        return text.toString();
    }

    /** A tidy metric file: the tidy header, then the rows. */
    public static String tidy(String... rows) {
        List<String> all = new ArrayList<>();
        all.add(TIDY_HEADER);
        all.addAll(List.of(rows));
        return lines(all.toArray(String[]::new));
    }

    public static Path write(Path folder, String name, String text) throws IOException {
        return StreetCsv.writeText(folder, name, text);
    }
}
