package uk.org.ncpm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** A small zip in the data.police.uk archive layout, built in a test folder from entries of a real archive. */
final class DerivedArchive {

    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    static DerivedArchive create() {
        return new DerivedArchive();
    }

    /** The entry's bytes from the real archive, unchanged. */
    static String text(Path archive, String entry) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry found = zip.getEntry(entry);
            if (found == null) {
                throw new IllegalArgumentException(archive + " has no entry " + entry);
            }
            try (InputStream in = zip.getInputStream(found)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    DerivedArchive copy(Path archive, String entry) throws IOException {
        return with(entry, text(archive, entry));
    }

    DerivedArchive with(String entry, String content) {
        entries.put(entry, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    Path writeTo(Path zip) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return zip;
    }
}
