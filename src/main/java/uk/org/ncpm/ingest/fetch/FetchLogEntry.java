package uk.org.ncpm.ingest.fetch;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What is known of one downloaded URL: the validators the server gave (to ask "changed since?"),
 * the file's size and sha256, and what of it has gone into the store.
 *
 * @param etag           the server's ETag, or null
 * @param lastModified   the server's Last-Modified, as sent, or null
 * @param monthsIngested for a police.uk archive, the months whose street files were ingested from these bytes
 * @param ingested       for a table file, whether these bytes were ingested
 */
public record FetchLogEntry(String url, String file, String etag, String lastModified, long bytes, String sha256,
                            String fetchedAt, List<String> monthsIngested, boolean ingested) {

    public FetchLogEntry {
        monthsIngested = monthsIngested == null ? List.of() : List.copyOf(monthsIngested);
    }

    /** The months ingested, as months. */
    public Set<YearMonth> months() {
        Set<YearMonth> months = new TreeSet<>();
        monthsIngested.forEach(m -> months.add(YearMonth.parse(m)));
        return months;
    }

    FetchLogEntry withMonths(Set<YearMonth> more) {
        Set<YearMonth> all = months();
        all.addAll(more);
        return new FetchLogEntry(url, file, etag, lastModified, bytes, sha256, fetchedAt,
                all.stream().map(YearMonth::toString).toList(), ingested);
    }

    FetchLogEntry asIngested() {
        return new FetchLogEntry(url, file, etag, lastModified, bytes, sha256, fetchedAt, monthsIngested, true);
    }
}
