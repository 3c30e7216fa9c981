package uk.org.ncpm.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds tiny data.police.uk street files and archives for tests, in the published layout: the
 * header of {@link PoliceUkStreetFormat#HEADER}, one row per record, files named
 * {@code YYYY-MM-<slug>-street.csv} (inside zips {@code YYYY-MM/YYYY-MM-<slug>-street.csv}).
 */
public final class StreetCsv {

    public static final String HEADER = String.join(",", PoliceUkStreetFormat.HEADER);

    private StreetCsv() {
    }

    /** One row of a street file; every column can be overwritten by its header name. */
    public static final class Row {

        private final String[] fields;

        private Row(String[] fields) {
            this.fields = fields;
        }

        /** A crime record, Burglary by default, somewhere in Cumbria's first LSOA. */
        public static Row crime(String crimeId, String month, String force) {
            return new Row(new String[] {crimeId, month, force, force, "-3.123456", "54.654321",
                    "On or near Main Street", "E01019076", "Allerdale 001A", "Burglary",
                    "Investigation complete; no suspect identified", ""});
        }

        /** An anti-social behaviour record: no Crime ID, no outcome. */
        public static Row asb(String month, String force) {
            return new Row(new String[] {"", month, force, force, "-3.123456", "54.654321",
                    "On or near Main Street", "E01019076", "Allerdale 001A", "Anti-social behaviour", "", ""});
        }

        public Row set(String column, String value) {
            int i = PoliceUkStreetFormat.HEADER.indexOf(column);
            if (i < 0) {
                throw new IllegalArgumentException("no street column " + column);
            }
            fields[i] = value;
            return this;
        }

        public String csv() {
            return Arrays.stream(fields).map(StreetCsv::quote).collect(Collectors.joining(","));
        }

        @Override
        public String toString() {
            return csv();
        }
    }

    /** {@code n} distinct crime records with ids {@code <prefix>-1 … <prefix>-n}. */
    public static List<Row> crimes(int n, String prefix, String month, String force) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> Row.crime(prefix + "-" + i, month, force)).toList();
    }

    /** The text of a street file: the header, then the rows, each line ending in CRLF as data.police.uk does. */
    public static String content(List<Row> rows) {
        return content(HEADER, rows);
    }

    public static String content(String header, List<Row> rows) {
        StringBuilder text = new StringBuilder(header).append("\r\n");
        for (Row row : rows) {
            text.append(row.csv()).append("\r\n");
        }
        return text.toString();
    }

    public static Path write(Path folder, String name, List<Row> rows) throws IOException {
        return writeText(folder, name, content(rows));
    }

    public static Path writeText(Path folder, String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** A zip archive holding the given entries (name → text), written in the order given. */
    public static Path zip(Path file, Map<String, String> entries) throws IOException {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        entries.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return zipBytes(file, bytes);
    }

    public static Path zipBytes(Path file, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    /**
     * Rewrites the uncompressed size the central directory declares for the only entry of a zip,
     * to make an archive whose entry yields more bytes than it says.
     */
    public static void declareUncompressedSize(Path zip, int size) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        List<Integer> headers = IntStream.range(0, bytes.length - 3)
                .filter(i -> buffer.getInt(i) == 0x02014b50).boxed().toList();
        if (headers.size() != 1) {
            throw new IllegalStateException(zip + ": expected one central directory header, found " + headers.size());
        }
        buffer.putInt(headers.get(0) + 24, size);
        Files.write(zip, bytes);
    }

    private static String quote(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
