package uk.org.ncpm.cli;

import uk.org.ncpm.ingest.fetch.Downloaded;

import java.util.Locale;

/** The line that says what a fetch of one URL did. */
final class FetchReport {

    private FetchReport() {
    }

    static String line(Downloaded d) {
        if (d.unchanged()) {
            return "unchanged  " + d.file() + ": not modified since the last fetch (HTTP 304); nothing downloaded";
        }
        return String.format(Locale.ROOT, "downloaded %s: %,d bytes, sha256 %s, verified%s", d.file(), d.bytes(),
                d.sha256(), d.resumed() > 0 ? "; resumed after " + d.resumed() + " cut connection(s)" : "");
    }
}
