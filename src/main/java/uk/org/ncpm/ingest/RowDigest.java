package uk.org.ncpm.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * A street file row's identity for telling rows identical in every column: the first 128 bits of the
 * SHA-256 of its fields' UTF-8 bytes, each preceded by its length (so that no two different rows, however their
 * commas fall, hash the same input). Two different rows share a digest with probability about 2⁻¹²⁸:
 * none will in any file. Kept instead of the row itself so that a 40 MB file does not hold 40 MB of
 * strings while it is read.
 */
record RowDigest(long high, long low) {

    static RowDigest of(List<String> fields) {
        return new Hasher().digest(fields);
    }

    /**
     * Digests rows one after another with one SHA-256 instance: looking the algorithm up for every row
     * (a reflective constructor call, state set up) was about a sixteenth of ingest's Java CPU samples (JFR, 2026-12-05).
     * One per file, so one per thread.
     */
    static final class Hasher {
        private final MessageDigest sha256 = sha256();
        private byte[] buffer = new byte[512];

        RowDigest digest(List<String> fields) {
            for (int i = 0, n = fields.size(); i < n; i++) {
                update(fields.get(i));
            }
            byte[] d = sha256.digest();
            return new RowDigest(longAt(d, 0), longAt(d, 8));
        }

        /**
         * The digest of a row given as ranges of one byte array ({@code from[i]} to {@code to[i]}, the fields' UTF-8 bytes):
         * the same value as {@link #digest(List)} of those fields decoded, without making them strings first.
         */
        RowDigest digest(byte[] row, int[] from, int[] to, int fields) {
            for (int i = 0; i < fields; i++) {
                putLength(to[i] - from[i]);
                sha256.update(buffer, 0, 4);
                sha256.update(row, from[i], to[i] - from[i]);
            }
            byte[] d = sha256.digest();
            return new RowDigest(longAt(d, 0), longAt(d, 8));
        }

        /** Length then bytes; ASCII text (nearly every field) is copied into one buffer instead of a new array per field. */
        private void update(String field) {
            int n = field.length();
            if (buffer.length < n + 4) {
                buffer = new byte[n + 4];
            }
            for (int c = 0; c < n; c++) {
                char ch = field.charAt(c);
                if (ch >= 0x80) {
                    byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                    putLength(bytes.length);
                    sha256.update(buffer, 0, 4);
                    sha256.update(bytes);
                    return;
                }
                buffer[c + 4] = (byte) ch;
            }
            putLength(n);
            sha256.update(buffer, 0, n + 4);
        }

        private void putLength(int length) {
            buffer[0] = (byte) (length >>> 24);
            buffer[1] = (byte) (length >>> 16);
            buffer[2] = (byte) (length >>> 8);
            buffer[3] = (byte) length;
        }
    }

    private static long longAt(byte[] bytes, int from) {
        long value = 0;
        for (int i = from; i < from + 8; i++) {
            value = (value << 8) | (bytes[i] & 0xff);
        }
        return value;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
