package uk.org.ncpm.ingest.ons;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A cheap test of whether bytes are an ONS police force area tables workbook: an .xlsx (zip with
 * {@code xl/workbook.xml}) whose shared strings speak of police recorded crime by police force area
 * in numbers of offences. Only two small entries are inflated, each at most {@link #MAX_ENTRY} bytes.
 */
final class PfaWorkbookSignature {

    private static final int MAX_ENTRY = 8 << 20;

    private PfaWorkbookSignature() {
    }

    static boolean matches(byte[] bytes) {
        if (bytes == null || bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            return false;
        }
        boolean workbook = false;
        String strings = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("xl/workbook.xml")) {
                    workbook = true;
                } else if (entry.getName().equals("xl/sharedStrings.xml")) {
                    strings = new String(zip.readNBytes(MAX_ENTRY), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return workbook && strings != null
                && strings.contains("police force area")
                && strings.contains("police recorded crime")
                && strings.contains("number of offences");
    }
}
