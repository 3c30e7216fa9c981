package uk.org.ncpm.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real data.police.uk archives in the shared data folder (see ../shared/data/README.md). They
 * are never copied into the project: tests that need them skip when the folder is absent.
 */
final class PoliceUkArchives {

    static final Path FOLDER = Path.of("..", "shared", "data", "police-uk");

    /** Every force except Met, West Midlands, West Yorkshire and GMP; Lancashire and Northumbria lack 2018-10. */
    static final Path ALL_FORCES_2018_10_TO_2019_02 = FOLDER.resolve("street-2018-10_2019-02-all-forces.zip");

    /** Lancashire and Leicestershire; Lancashire 2020-06, 2020-08 and 2020-09 are missing. CRLF line ends. */
    static final Path LANCASHIRE_LEICESTERSHIRE_2019_12_TO_2022_10 =
            FOLDER.resolve("street-2019-12_2022-10-lancashire-leicestershire.zip");

    private PoliceUkArchives() {
    }

    static boolean present() {
        return Files.isReadable(ALL_FORCES_2018_10_TO_2019_02)
                && Files.isReadable(LANCASHIRE_LEICESTERSHIRE_2019_12_TO_2022_10);
    }

    /** Skips the test (a JUnit assumption) when the archives are absent, as in a plain clone. */
    static void assumePresent() {
        assumeTrue(present(), "real data.police.uk archives not found under "
                + FOLDER.toAbsolutePath().normalize() + ": skipped");
    }
}
