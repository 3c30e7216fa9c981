package uk.org.ncpm.ingest;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import static uk.org.ncpm.ingest.PoliceUkStreetFormat.*;

/**
 * Reads a street file in the form data.police.uk publishes: ASCII, one line a row (LF or CRLF), a field
 * quoted only to hold a comma. Rows are checked and staged straight from the file's bytes, without
 * decoding them to text or making a string of every field: the general reader spent about 6 s of CPU on
 * the all-forces archive, mostly turning bytes into strings (JFR, bench/README.md).
 *
 * <p>It only ever accepts: a file in any other form (a byte over 0x7F or a NUL, a lone CR, an escaped
 * quote, an empty line, a field count other than 12) or breaking any rule (header, month, force, crime
 * type, coordinates) gives empty, and {@link StreetFileReader} reads that file again along its general
 * path, which decodes everything FastCSV reads and refuses with the file, line and column. A file accepted
 * here is one the general path accepts, with the same counts, digest and staged rows ({@code PlainStreetFileTest}).
 */
final class PlainStreetFile {

    private static final byte[] HEADER_LINE = String.join(",", HEADER).getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SAMPLE = SAMPLE_MARKER.getBytes(StandardCharsets.US_ASCII);
    private static final int FIELDS = HEADER.size();
    /** Longest line read; a longer one is left to the general path (real rows are under 400 bytes). */
    private static final int MAX_LINE = 1 << 20;

    /** The columns staged, in the order of {@link StagingWriter#COLUMNS} after the job. */
    private static final int[] STAGED = {CRIME_ID, CRIME_TYPE, LSOA_CODE, LONGITUDE, LATITUDE, OUTCOME};

    private final Catalogue catalogue;

    PlainStreetFile(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The file read and staged, or empty when it is not in the plain form or breaks a rule. */
    Optional<StreetFile> read(int job, SourceEntry source, StreetFileName name, StreetFileReader.Publisher publisher,
                              StagingArea staging) {
        MessageDigest sha256 = sha256();
        StreetFileReader.Tally tally = new StreetFileReader.Tally();
        Path staged = null;
        try (InputStream in = source.open();
             StagingWriter writer = publisher.force().isPresent() ? staging.writer(job) : null) {
            staged = writer == null ? null : writer.file();
            Lines lines = new Lines(in, sha256);
            if (!lines.next() || !lines.is(HEADER_LINE)) {
                return Optional.empty();
            }
            Rows rows = new Rows(catalogue, publisher, name.month().toString(), writer, Integer.toString(job), tally);
            while (lines.next()) {
                if (!rows.accept(lines.bytes(), lines.start(), lines.end())) {
                    return Optional.empty();
                }
            }
            return Optional.of(new StreetFile(job, source, name.month(), name.publisher(), publisher.force().map(Force::code),
                    HexFormat.of().formatHex(sha256.digest()), lines.count(), tally.rows, tally.crimes, tally.asb,
                    tally.duplicates, tally.identical, publisher.setAsideReason(), tally.sample, Optional.ofNullable(staged)));
        } catch (IOException e) {
            // Unreadable input or a staging failure: the general path meets it again and says which.
            return Optional.empty();
        }
    }

    /** The checks and staging of data rows, one line at a time. */
    private static final class Rows {
        private final byte[] month;
        private final Accepted names;
        private final Accepted crimeTypes;
        private final StagingWriter writer;
        private final byte[] job;
        private final StreetFileReader.Tally tally;
        private final int[] from = new int[FIELDS];
        private final int[] to = new int[FIELDS];

        Rows(Catalogue catalogue, StreetFileReader.Publisher publisher, String month, StagingWriter writer, String job,
             StreetFileReader.Tally tally) {
            this.month = month.getBytes(StandardCharsets.US_ASCII);
            this.names = new Accepted(name -> publisher.isNamed(name, catalogue));
            this.crimeTypes = new Accepted(type -> catalogue.policeUkCrimeType(type).isPresent());
            this.writer = writer;
            this.job = job.getBytes(StandardCharsets.US_ASCII);
            this.tally = tally;
        }

        /** Checks and stages one row; false when it is not plain or breaks a rule. */
        boolean accept(byte[] line, int start, int end) throws IOException {
            if (start == end || !split(line, start, end)
                    || !Arrays.equals(line, from[MONTH], to[MONTH], month, 0, month.length)
                    || !names.contains(line, from[REPORTED_BY], to[REPORTED_BY])
                    || !names.contains(line, from[FALLS_WITHIN], to[FALLS_WITHIN])
                    || !crimeTypes.contains(line, from[CRIME_TYPE], to[CRIME_TYPE])
                    || !isCoordinate(line, from[LONGITUDE], to[LONGITUDE], 180)
                    || !isCoordinate(line, from[LATITUDE], to[LATITUDE], 90)) {
                return false;
            }
            tally.rows++;
            boolean identicalRepeat = false;
            if (from[CRIME_ID] == to[CRIME_ID]) {
                tally.asb++;
            } else {
                tally.crimes++;
                String crimeId = new String(line, from[CRIME_ID], to[CRIME_ID] - from[CRIME_ID], StandardCharsets.ISO_8859_1);
                identicalRepeat = tally.repeatsAnEarlierRow(crimeId, tally.hasher.digest(line, from, to, FIELDS));
            }
            if (!tally.sample && Arrays.equals(line, from[CONTEXT], to[CONTEXT], SAMPLE, 0, SAMPLE.length)) {
                tally.sample = true;
            }
            if (writer != null) {
                writer.startRow(job);
                for (int field : STAGED) {
                    writer.field(line, from[field], to[field]);
                }
                writer.endRow(identicalRepeat);
            }
            return true;
        }

        /**
         * Splits a line into exactly 12 fields; false for anything FastCSV might read otherwise: a byte over
         * 0x7F, a NUL or a CR in the line, a quote inside a field or doubled, a quoted field followed by more text.
         */
        private boolean split(byte[] line, int start, int end) {
            int p = start;
            int field = 0;
            while (true) {
                if (field == FIELDS) {
                    return false;
                }
                if (p < end && line[p] == '"') {
                    int q = p + 1;
                    while (q < end && line[q] != '"') {
                        if (!isPlain(line[q])) {
                            return false;
                        }
                        q++;
                    }
                    if (q == end || (q + 1 < end && line[q + 1] != ',')) {
                        return false;
                    }
                    from[field] = p + 1;
                    to[field] = q;
                    p = q + 1;
                } else {
                    int q = p;
                    while (q < end && line[q] != ',') {
                        if (line[q] == '"' || !isPlain(line[q])) {
                            return false;
                        }
                        q++;
                    }
                    from[field] = p;
                    to[field] = q;
                    p = q;
                }
                field++;
                if (p == end) {
                    return field == FIELDS;
                }
                p++;
            }
        }

        /** ASCII other than NUL and CR (a lone CR ends a line for FastCSV). */
        private static boolean isPlain(byte b) {
            return b > 0 && b != '\r';
        }

        /** The plain form {@link Coordinate#isWithin} checks first, on bytes; empty is allowed. Anything else: false. */
        private static boolean isCoordinate(byte[] b, int from, int to, int limit) {
            if (from == to) {
                return true;
            }
            int i = from;
            if (b[i] == '-' || b[i] == '+') {
                i++;
            }
            int whole = 0;
            int wholeDigits = 0;
            while (i < to && isDigit(b[i]) && wholeDigits < 4) {
                whole = whole * 10 + (b[i++] - '0');
                wholeDigits++;
            }
            boolean fractionNonZero = false;
            int fractionDigits = 0;
            if (i < to && b[i] == '.') {
                i++;
                while (i < to && isDigit(b[i])) {
                    fractionNonZero |= b[i++] != '0';
                    fractionDigits++;
                }
            }
            return i == to && wholeDigits + fractionDigits > 0 && wholeDigits < 4
                    && (whole < limit || (whole == limit && !fractionNonZero));
        }

        private static boolean isDigit(byte b) {
            return b >= '0' && b <= '9';
        }
    }

    /** Values a rule accepted, as bytes, so that each distinct value is decoded and checked once per file. */
    private static final class Accepted {
        private final Predicate<String> rule;
        private final List<byte[]> values = new ArrayList<>();
        private byte[] last;

        Accepted(Predicate<String> rule) {
            this.rule = rule;
        }

        boolean contains(byte[] line, int from, int to) {
            if (last != null && Arrays.equals(line, from, to, last, 0, last.length)) {
                return true;
            }
            for (byte[] value : values) {
                if (Arrays.equals(line, from, to, value, 0, value.length)) {
                    last = value;
                    return true;
                }
            }
            if (values.size() < 64 && rule.test(new String(line, from, to - from, StandardCharsets.US_ASCII))) {
                values.add(Arrays.copyOfRange(line, from, to));
                return true;
            }
            return false;
        }
    }

    /** The lines of a stream, each whole in one buffer, hashing and counting every byte as it is read. */
    private static final class Lines {
        private final InputStream in;
        private final MessageDigest sha256;
        private byte[] buffer = new byte[1 << 16];
        private int limit;
        private int start;
        private int end;
        private int next;
        private boolean eof;
        private long count;

        Lines(InputStream in, MessageDigest sha256) {
            this.in = in;
            this.sha256 = sha256;
        }

        /** Moves to the next line; false at the end of the stream. */
        boolean next() throws IOException {
            start = next;
            int scan = start;
            while (true) {
                int newline = indexOfNewline(scan);
                if (newline >= 0) {
                    end = newline;
                    next = newline + 1;
                    break;
                }
                scan = limit;
                if (eof) {
                    if (start == limit) {
                        return false;
                    }
                    end = limit;
                    next = limit;
                    break;
                }
                int shift = fill();
                scan -= shift;
            }
            if (end > start && buffer[end - 1] == '\r') {
                end--;
            }
            return true;
        }

        boolean is(byte[] text) {
            return Arrays.equals(buffer, start, end, text, 0, text.length);
        }

        byte[] bytes() {
            return buffer;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        long count() {
            return count;
        }

        private int indexOfNewline(int from) {
            for (int i = from; i < limit; i++) {
                if (buffer[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        /** Moves the current line to the front of the buffer (growing it if the line fills it) and reads more; returns the shift. */
        private int fill() throws IOException {
            int shift = start;
            if (shift > 0) {
                System.arraycopy(buffer, start, buffer, 0, limit - start);
                limit -= shift;
                start = 0;
                next -= shift;
            }
            if (limit == buffer.length) {
                if (buffer.length >= MAX_LINE) {
                    throw new IOException("a line longer than " + MAX_LINE + " bytes");
                }
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            int n = in.read(buffer, limit, buffer.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                sha256.update(buffer, limit, n);
                count += n;
                limit += n;
            }
            return shift;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
