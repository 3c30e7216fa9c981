package uk.org.ncpm.ingest;

/**
 * Guards against hostile or broken archives (zip bombs, path traversal). The largest real
 * data.police.uk monthly street file is about 40 MB and compresses about 6:1, so these limits leave
 * a wide margin while stopping absurd inputs.
 *
 * @param maxEntryBytes  largest uncompressed entry
 * @param maxTotalBytes  largest total uncompressed size of one archive
 * @param maxRatio       largest uncompressed/compressed ratio of an entry
 * @param maxEntries     most entries in one archive
 * @param ratioFromBytes entries smaller than this are not ratio-checked (tiny files compress oddly)
 */
public record ArchiveLimits(long maxEntryBytes, long maxTotalBytes, long maxRatio, int maxEntries, long ratioFromBytes) {

    public static final ArchiveLimits DEFAULT = new ArchiveLimits(
            2L << 30, 64L << 30, 200, 200_000, 1L << 20);
}
