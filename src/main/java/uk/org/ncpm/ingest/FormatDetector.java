package uk.org.ncpm.ingest;

import uk.org.ncpm.ingest.workforce.PoliceWorkforceReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Recognises a file's format from its content — the CSV header line, or the parts of a
 * spreadsheet package — never from its name.
 */
public final class FormatDetector {

    static final String TIDY_HEADER = "metric,area_code,period_start,period_end,value,lower,upper,unit,source,note";

    private FormatDetector() {
    }

    /**
     * @param head the first bytes of the file (a few KB are enough)
     */
    public static Optional<SourceFormat> detect(byte[] head) {
        if (isZip(head)) {
            return spreadsheet(head);
        }
        String header = firstLine(head);
        if (header.equals(String.join(",", PoliceUkStreetFormat.HEADER))) {
            return Optional.of(SourceFormat.POLICE_UK_STREET);
        }
        if (header.startsWith("Financial Year,Financial Quarter,Force Name,Offence Description,")) {
            return Optional.of(SourceFormat.HOME_OFFICE_PRC);
        }
        if (header.startsWith("Financial Year,Financial Quarter,Force Name,Offence Group,Number of Offences")) {
            return Optional.of(SourceFormat.PRC_ROLLUP);
        }
        if (header.matches("(?i)code,name,MYE\\d{4}.*") || header.matches("Police Force,Mid \\d{4}.*")) {
            return Optional.of(SourceFormat.POPULATION);
        }
        if (header.equals(TIDY_HEADER)) {
            return Optional.of(SourceFormat.TIDY_METRIC);
        }
        return Optional.empty();
    }

    /**
     * The format once the whole file is read. An .ods is told apart only by its content.xml, which
     * lies beyond the head: the police workforce tables are recognised here by Table 1's title.
     */
    static SourceFormat ofWholeFile(SourceFormat fromHead, byte[] bytes) {
        return fromHead == SourceFormat.HOME_OFFICE_PRC && PoliceWorkforceReader.recognises(bytes)
                ? SourceFormat.POLICE_WORKFORCE : fromHead;
    }

    static String firstLine(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).stripTrailing();
    }

    private static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** An OpenDocument spreadsheet starts with its mimetype entry; an OOXML workbook has xl/ parts. */
    private static Optional<SourceFormat> spreadsheet(byte[] head) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(head))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (name.equals("mimetype")) {
                    String type = new String(zip.readNBytes(100), StandardCharsets.US_ASCII);
                    return type.startsWith("application/vnd.oasis.opendocument.spreadsheet")
                            ? Optional.of(SourceFormat.HOME_OFFICE_PRC) : Optional.empty();
                }
                if (name.startsWith("xl/") || name.equals("[Content_Types].xml")) {
                    return Optional.of(SourceFormat.ONS_PFA_TABLES);
                }
            }
        } catch (IOException e) {
            // a truncated head can end mid-entry: whatever was seen decides
        }
        return Optional.empty();
    }
}
