package uk.org.ncpm.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * One file to ingest: a plain file, or an entry read as a stream from inside an archive.
 *
 * @param name      the file's path as the user knows it (the entry path inside an archive)
 * @param container the archive it is inside, if any
 */
public record SourceEntry(String name, Optional<String> container, Opener opener) {

    /** Opens the file's bytes; each call starts a fresh stream. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public InputStream open() throws IOException {
        return opener.open();
    }

    /** How messages name this file: {@code archive.zip!2019-01/2019-01-kent-street.csv}. */
    public String displayName() {
        return container.map(c -> c + "!" + name).orElse(name);
    }
}
