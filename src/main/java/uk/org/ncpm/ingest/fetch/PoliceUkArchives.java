package uk.org.ncpm.ingest.fetch;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Which data.police.uk archives to fetch. For months asked, the fewest archives: each piece of at
 * most 36 months from the newest archive whose window holds it, found by HEAD requests from the
 * piece's first month + 35 (or this month, if sooner) back to its last month. For the latest
 * archive, HEAD requests from this month back: the publisher adds one archive a month, some weeks
 * into the next, so the newest is usually last month's or the one before.
 */
public final class PoliceUkArchives {

    /** How far back {@link #latest()} looks before deciding the host has no archives. */
    static final int LATEST_LOOKBACK_MONTHS = 12;

    private final Fetcher fetcher;
    private final YearMonth thisMonth;

    public PoliceUkArchives(Fetcher fetcher, YearMonth thisMonth) {
        this.fetcher = fetcher;
        this.thisMonth = thisMonth;
    }

    /** The archive for each piece of the range, oldest piece first. */
    public List<ArchiveChoice> covering(MonthRange range) throws FetchException {
        if (range.last().isAfter(thisMonth)) {
            throw new FetchException("months " + range + ": " + range.last() + " is after this month (" + thisMonth
                    + "); data.police.uk publishes a month some weeks after it ends");
        }
        List<ArchiveChoice> choices = new ArrayList<>();
        for (MonthRange piece : range.pieces(PoliceUkArchive.WINDOW_MONTHS)) {
            choices.add(new ArchiveChoice(newestHolding(piece), piece));
        }
        return choices;
    }

    public PoliceUkArchive latest() throws FetchException {
        YearMonth oldest = thisMonth.minusMonths(LATEST_LOOKBACK_MONTHS);
        for (YearMonth m = thisMonth; !m.isBefore(oldest); m = m.minusMonths(1)) {
            PoliceUkArchive archive = new PoliceUkArchive(m);
            if (fetcher.exists(archive.uri(fetcher.settings().baseUrl()))) {
                return archive;
            }
        }
        throw new FetchException("no data.police.uk archive found at " + fetcher.settings().baseUrl()
                + "/data/archive/YYYY-MM.zip for any month from " + thisMonth + " back to " + oldest);
    }

    private PoliceUkArchive newestHolding(MonthRange piece) throws FetchException {
        YearMonth newest = piece.first().plusMonths(PoliceUkArchive.WINDOW_MONTHS - 1L);
        YearMonth from = newest.isAfter(thisMonth) ? thisMonth : newest;
        for (YearMonth m = from; !m.isBefore(piece.last()); m = m.minusMonths(1)) {
            PoliceUkArchive archive = new PoliceUkArchive(m);
            if (fetcher.exists(archive.uri(fetcher.settings().baseUrl()))) {
                return archive;
            }
        }
        throw new FetchException("no data.police.uk archive at " + fetcher.settings().baseUrl() + " holds months "
                + piece + " (tried /data/archive/" + from + ".zip back to " + piece.last() + ".zip)");
    }

    /** An archive and the months to take from it. */
    public record ArchiveChoice(PoliceUkArchive archive, MonthRange months) {
    }
}
