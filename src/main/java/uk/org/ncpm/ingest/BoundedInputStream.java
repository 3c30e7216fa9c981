package uk.org.ncpm.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read, and fails as soon as more come out than an archive entry declared (or the limit allows). */
final class BoundedInputStream extends FilterInputStream {

    private final long limit;
    private final String what;
    private long count;

    BoundedInputStream(InputStream in, long limit, String what) {
        super(in);
        this.limit = limit;
        this.what = what;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    long count() {
        return count;
    }

    private void add(long n) throws IOException {
        count += n;
        if (count > limit) {
            throw new IOException(what + " expands beyond " + limit + " bytes");
        }
    }
}
