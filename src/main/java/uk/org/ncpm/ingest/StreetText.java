package uk.org.ncpm.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The text of a street file: UTF-8 as data.police.uk publishes it. Bytes that are not UTF-8 are
 * decoded to U+FFFF (a noncharacter no published text carries) so that the row and column holding
 * them can be named; NUL bytes are refused the same way, since no column of a street file can hold one.
 */
final class StreetText {

    private static final char INVALID = '\uFFFF';
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private StreetText() {
    }

    /** A reader of the bytes as UTF-8, past a byte order mark if there is one. */
    static Reader decode(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        buffered.mark(BOM.length);
        byte[] head = buffered.readNBytes(BOM.length);
        if (!java.util.Arrays.equals(head, BOM)) {
            buffered.reset();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(INVALID));
        return new InputStreamReader(buffered, decoder);
    }

    /** Refuses a row with a NUL or a byte sequence that is not UTF-8, naming its line and column. */
    static void check(String file, long line, List<String> fields, List<String> columns) throws IngestException {
        for (int i = 0; i < fields.size(); i++) {
            String value = fields.get(i);
            for (int c = 0; c < value.length(); c++) {
                char ch = value.charAt(c);
                if (ch == INVALID) {
                    throw new IngestException(file, line, columns.get(i), "bytes that are not valid UTF-8 at character "
                            + (c + 1) + "; data.police.uk files are UTF-8");
                }
                if (ch == 0) {
                    throw new IngestException(file, line, columns.get(i), "a NUL byte (0x00) at character " + (c + 1)
                            + "; text columns cannot hold one");
                }
            }
        }
    }
}
