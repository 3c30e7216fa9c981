package uk.org.ncpm.ingest.fetch;

/** Told how many bytes of a download have arrived; {@code total} is -1 when the server did not say. */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void advanced(String name, long bytes, long total) {
        }

        @Override
        public void finished(String name) {
        }
    };

    void advanced(String name, long bytes, long total);

    void finished(String name);
}
