package uk.org.ncpm.ingest;

import java.io.IOException;

/** Writing staged rows failed (a full disk, most often): the input itself was fine. */
final class StagingFailure extends IOException {

    StagingFailure(IOException cause) {
        super(cause.getMessage(), cause);
    }
}
