package uk.org.ncpm.ingest.fetch;

import uk.org.ncpm.ingest.ArchiveLimits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Proves a downloaded zip whole before anything of it is ingested: its central directory reads, and
 * every entry decompresses to its recorded size and CRC-32. {@link ZipFile} does not check CRCs
 * itself, so each entry is read through here, within the ingest's {@link ArchiveLimits} so a zip
 * bomb is stopped, not expanded.
 */
final class ZipIntegrity {

    private ZipIntegrity() {
    }

    static void verify(Path zip, String url, ArchiveLimits limits) throws FetchException {
        String refused = "refused " + url + ": the downloaded archive is corrupt";
        try (ZipFile file = new ZipFile(zip.toFile())) {
            if (file.size() > limits.maxEntries()) {
                throw new FetchException("refused " + url + ": " + file.size() + " entries, more than the "
                        + limits.maxEntries() + " any real archive has; nothing was stored");
            }
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                CRC32 crc = new CRC32();
                long size = 0;
                try (InputStream in = file.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        crc.update(buffer, 0, n);
                        size += n;
                        total += n;
                        checkLimits(url, entry, size, total, limits);
                    }
                } catch (IOException e) {
                    throw new FetchException(refused + " (entry " + entry.getName() + " cannot be read: "
                            + PoliteClient.reason(e) + "); nothing was stored", e);
                }
                if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
                    throw new FetchException(refused + " (entry " + entry.getName() + ": CRC-32 "
                            + Long.toHexString(crc.getValue()) + ", expected " + Long.toHexString(entry.getCrc())
                            + "); nothing was stored");
                }
                if (entry.getSize() != -1 && size != entry.getSize()) {
                    throw new FetchException(refused + " (entry " + entry.getName() + ": " + size
                            + " bytes, expected " + entry.getSize() + "); nothing was stored");
                }
            }
        } catch (IOException e) {
            throw new FetchException(refused + " (" + PoliteClient.reason(e) + "); nothing was stored", e);
        }
    }

    private static void checkLimits(String url, ZipEntry entry, long size, long total, ArchiveLimits limits)
            throws FetchException {
        String why = null;
        if (size > limits.maxEntryBytes()) {
            why = "entry " + entry.getName() + " expands beyond " + limits.maxEntryBytes() + " bytes";
        } else if (total > limits.maxTotalBytes()) {
            why = "the entries expand beyond " + limits.maxTotalBytes() + " bytes in all";
        } else if (size > limits.ratioFromBytes() && entry.getCompressedSize() > 0
                && size / entry.getCompressedSize() > limits.maxRatio()) {
            why = "entry " + entry.getName() + " expands more than " + limits.maxRatio() + " times (a zip bomb?)";
        }
        if (why != null) {
            throw new FetchException("refused " + url + ": " + why + "; nothing was stored");
        }
    }

    /** Zips, and the formats that are zips (xlsx, ods), begin with a local file header. */
    static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }
}
