package uk.org.ncpm.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * A street file row's identity for telling rows identical in every column: the first 128 bits of the
 * SHA-256 of its fields, each preceded by its length (so that no two different rows, however their
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
     * (a reflective constructor call, state set up) was about a tenth of ingest's Java CPU time (JFR, 2026-12-05).
     * One per file, so one per thread.
     */
    static final class Hasher {
        private final MessageDigest sha256 = sha256();
        private final byte[] length = new byte[4];

        RowDigest digest(List<String> fields) {
            for (int i = 0, n = fields.size(); i < n; i++) {
                byte[] bytes = fields.get(i).getBytes(StandardCharsets.UTF_8);
                length[0] = (byte) (bytes.length >>> 24);
                length[1] = (byte) (bytes.length >>> 16);
                length[2] = (byte) (bytes.length >>> 8);
                length[3] = (byte) bytes.length;
                sha256.update(length);
                sha256.update(bytes);
            }
            byte[] d = sha256.digest();
            return new RowDigest(longAt(d, 0), longAt(d, 8));
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
