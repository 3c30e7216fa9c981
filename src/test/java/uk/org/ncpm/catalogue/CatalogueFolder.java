package uk.org.ncpm.catalogue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shipped catalogue files as the build copied them to the test classpath, in name order. */
final class CatalogueFolder {

    private CatalogueFolder() {
    }

    static List<Path> files() throws IOException {
        Path folder;
        try {
            folder = Path.of(CatalogueFolder.class.getResource(CatalogueFiles.BUNDLED_FOLDER).toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
