package uk.org.ncpm.ingest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;

/** Tests that read files through the ingest: each test gets a fresh staging area, removed afterwards. */
abstract class StagedIngestTest {

    protected StagingArea staging;

    @BeforeEach
    void createStaging() throws IOException {
        staging = StagingArea.create();
    }

    @AfterEach
    void removeStaging() {
        staging.close();
    }
}
