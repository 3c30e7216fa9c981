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
        MessageDigest sha256 = sha256();
        for (String field : fields) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            sha256.update((byte) (bytes.length >>> 24));
            sha256.update((byte) (bytes.length >>> 16));
            sha256.update((byte) (bytes.length >>> 8));
            sha256.update((byte) bytes.length);
            sha256.update(bytes);
        }
        byte[] d = sha256.digest();
        return new RowDigest(longAt(d, 0), longAt(d, 8));
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
