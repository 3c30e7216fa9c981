package uk.org.ncpm.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RowDigestTest {

    /** The definition: SHA-256 of each field's UTF-8 bytes preceded by their length (4 bytes, big-endian). */
    private static RowDigest reference(List<String> fields) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (String field : fields) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            sha256.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
                    (byte) (bytes.length >>> 8), (byte) bytes.length});
            sha256.update(bytes);
        }
        byte[] d = sha256.digest();
        return new RowDigest(java.nio.ByteBuffer.wrap(d, 0, 8).getLong(), java.nio.ByteBuffer.wrap(d, 8, 8).getLong());
    }

    @Test
    void oneHasherDigestsRowAfterRowAsTheDefinitionSays() throws Exception {
        List<List<String>> rows = List.of(
                List.of("abc123", "2019-01", "Kent Police", "", "-0.1", "51.2", "On or near Parking Area"),
                List.of("a", "bc"),
                List.of("ab", "c"),
                List.of("Ynys Môn", "café ☕", "𝄞", "x".repeat(2000)),
                List.of("", "", ""),
                List.of("abc123", "2019-01", "Kent Police", "", "-0.1", "51.2", "On or near Parking Area"));
        RowDigest.Hasher hasher = new RowDigest.Hasher();
        for (List<String> row : rows) {
            assertThat(hasher.digest(row)).as("%s", row).isEqualTo(reference(row));
        }
        for (List<String> row : rows) {
            byte[] line = String.join("", row).getBytes(StandardCharsets.UTF_8);
            int[] from = new int[row.size()];
            int[] to = new int[row.size()];
            for (int i = 0, at = 0; i < row.size(); i++) {
                from[i] = at;
                at += row.get(i).getBytes(StandardCharsets.UTF_8).length;
                to[i] = at;
            }
            assertThat(hasher.digest(line, from, to, row.size())).as("bytes of %s", row).isEqualTo(reference(row));
        }
        assertThat(RowDigest.of(List.of("a", "bc"))).isNotEqualTo(RowDigest.of(List.of("ab", "c")));
        assertThat(RowDigest.of(rows.get(0))).isEqualTo(RowDigest.of(rows.get(5)));
    }
}
