package uk.org.ncpm.cli;

import uk.org.ncpm.ingest.StreetCsv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A small archive in data.police.uk's layout: for each month, a Cumbria street file with
 * (month number × 10 + 1) crimes, so each month's count is known, and an outcomes file beside it.
 */
final class PoliceUkArchiveZip {

    static final String CUMBRIA = "Cumbria Constabulary";

    private PoliceUkArchiveZip() {
    }

    static long crimes(YearMonth month) {
        return month.getMonthValue() * 10L + 1;
    }

    static byte[] of(YearMonth first, YearMonth last) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                zip.putNextEntry(new ZipEntry(m + "/"));
                zip.closeEntry();
                put(zip, m + "/" + m + "-cumbria-street.csv",
                        StreetCsv.content(StreetCsv.crimes((int) crimes(m), "c" + m, m.toString(), CUMBRIA)));
                put(zip, m + "/" + m + "-cumbria-outcomes.csv", "Crime ID,Month\r\n");
            }
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
