package uk.org.ncpm.cli;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The oracle: counts taken straight from the archive bytes with {@code java.util.zip} and
 * {@link CsvLine}, sharing no code with the product's reader. Columns are found by their header
 * names, not by position.
 */
final class IndependentStreetCounts {

    private IndependentStreetCounts() {
    }

    /** Every {@code *-street.csv} entry of the archive, keyed by its path inside the archive. */
    static Map<String, CountedCsv> ofEveryStreetFile(Path zip) throws IOException {
        Map<String, CountedCsv> counted = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new BufferedInputStream(Files.newInputStream(zip), 1 << 16))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().endsWith("-street.csv")) {
                    MessageDigest sha256 = sha256();
                    CountingInputStream bytes = new CountingInputStream(new DigestInputStream(in, sha256));
                    // Not closed: closing the reader would close the whole archive stream.
                    BufferedReader reader = new BufferedReader(
                            new InputStreamReader(bytes, StandardCharsets.UTF_8), 1 << 16);
                    StreetCounts counts = count(zip + "!" + entry.getName(), reader);
                    String hex = HexFormat.of().formatHex(sha256.digest());
                    counted.put(entry.getName(), new CountedCsv(hex, bytes.count, counts));
                }
            }
        }
        return counted;
    }

    private static StreetCounts count(String file, BufferedReader reader) throws IOException {
        String first = reader.readLine();
        if (first == null) {
            throw new IllegalStateException(file + " is empty");
        }
        List<String> header = CsvLine.split(first.startsWith("\uFEFF") ? first.substring(1) : first);
        int id = column(header, "Crime ID", file);
        int type = column(header, "Crime type", file);
        int outcome = column(header, "Last outcome category", file);
        int longitude = column(header, "Longitude", file);
        int latitude = column(header, "Latitude", file);
        int lsoa = column(header, "LSOA code", file);
        long rows = 0;
        long crimes = 0;
        long withoutLocation = 0;
        long longitudeMicros = 0;
        long latitudeMicros = 0;
        long duplicates = 0;
        Set<String> crimeIds = new HashSet<>();
        Set<List<String>> crimeRows = new HashSet<>();
        long identicalRows = 0;
        Set<String> lsoaCodes = new HashSet<>();
        Map<String, Long> byType = new HashMap<>();
        Map<String, Long> byOutcome = new HashMap<>();
        for (String line; (line = reader.readLine()) != null; ) {
            if (line.isEmpty()) {
                continue;
            }
            List<String> f = CsvLine.split(line);
            if (f.size() != header.size()) {
                throw new IllegalStateException(file + ": " + f.size() + " fields in row " + line);
            }
            rows++;
            if (!f.get(id).isEmpty()) {
                crimes++;
                if (!crimeIds.add(f.get(id))) {
                    duplicates++;
                }
                if (!crimeRows.add(f)) {
                    identicalRows++;
                }
                byType.merge(f.get(type), 1L, Long::sum);
                byOutcome.merge(f.get(outcome), 1L, Long::sum);
            }
            if (f.get(longitude).isEmpty()) {
                withoutLocation++;
            } else {
                longitudeMicros += micros(f.get(longitude));
            }
            if (!f.get(latitude).isEmpty()) {
                latitudeMicros += micros(f.get(latitude));
            }
            if (!f.get(lsoa).isEmpty()) {
                lsoaCodes.add(f.get(lsoa));
            }
        }
        return StreetCounts.of(rows, crimes, rows - crimes, duplicates, withoutLocation, lsoaCodes.size(),
                longitudeMicros, latitudeMicros, byType, byOutcome, identicalRows);
    }

    private static long micros(String degrees) {
        return new BigDecimal(degrees).movePointRight(6).longValueExact();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int column(List<String> header, String name, String file) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalStateException(file + ": no column '" + name + "' in header " + header);
        }
        return i;
    }

    /** Counts the bytes of one archive entry as they are read. */
    private static final class CountingInputStream extends FilterInputStream {
        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count += Math.max(n, 0);
            return n;
        }
    }
}
