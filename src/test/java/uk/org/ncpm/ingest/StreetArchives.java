package uk.org.ncpm.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Hostile archives that {@link java.util.zip.ZipOutputStream} will not write by itself. */
public final class StreetArchives {

    private StreetArchives() {
    }

    /**
     * A zip with two entries of the same name: written under two names of the same length that differ
     * in their last character, then the second name patched to the first in every header.
     */
    public static Path duplicateEntries(Path zip, String name, String first, String second) throws IOException {
        String other = name.substring(0, name.length() - 1) + "#";
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(name, first);
        entries.put(other, second);
        StreetCsv.zip(zip, entries);
        byte[] bytes = Files.readAllBytes(zip);
        byte[] from = other.getBytes(StandardCharsets.UTF_8);
        byte[] to = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + from.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, bytes, i, to.length);
            }
        }
        Files.write(zip, bytes);
        return zip;
    }
}
