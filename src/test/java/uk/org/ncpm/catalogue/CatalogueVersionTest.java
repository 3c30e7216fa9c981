package uk.org.ncpm.catalogue;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every stored figure names the catalogue version it was computed with, so a change to any catalogue
 * file must come with a new version. {@code catalogue-versions.txt} lists each version with the sha256
 * of the files it stands for (every file of the catalogue folder but {@code catalogue.properties}, in
 * name order, each as its name, a newline, then its bytes).
 */
class CatalogueVersionTest {

    private static final String VERSIONS = "catalogue-versions.txt";

    @Test
    void the_catalogue_files_are_those_of_their_version() throws Exception {
        String version = Catalogue.bundled().version();
        String sha256 = sha256OfFiles();

        assertThat(versions()).as("catalogue files changed: bump version in catalogue.properties (now %s) and update "
                + "the hash: add the line '<new version> %s' to src/test/resources/uk/org/ncpm/catalogue/%s",
                version, sha256, VERSIONS).containsEntry(version, sha256);
    }

    @Test
    void each_version_stands_for_one_set_of_files() throws IOException {
        List<String> lines = lines();

        assertThat(lines.stream().map(line -> line.split(" ")[0]).toList()).as(VERSIONS).doesNotHaveDuplicates();
        assertThat(lines.stream().map(line -> line.split(" ")[1]).toList()).as(VERSIONS).doesNotHaveDuplicates();
    }

    private static Map<String, String> versions() throws IOException {
        return lines().stream().collect(Collectors.toMap(line -> line.split(" ")[0], line -> line.split(" ")[1],
                (a, b) -> a));
    }

    private static List<String> lines() throws IOException {
        try (InputStream in = CatalogueVersionTest.class.getResourceAsStream(VERSIONS)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
    }

    private static String sha256OfFiles() throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (Path file : CatalogueFolder.files()) {
            String name = file.getFileName().toString();
            if (!name.equals("catalogue.properties")) {
                digest.update((name + "\n").getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
