package uk.org.ncpm.cli;

import uk.org.ncpm.ingest.fetch.Downloaded;
import uk.org.ncpm.ingest.fetch.FetchException;
import uk.org.ncpm.ingest.fetch.FetchLogEntry;
import uk.org.ncpm.ingest.fetch.Fetcher;
import uk.org.ncpm.ingest.fetch.MonthRange;
import uk.org.ncpm.ingest.fetch.PoliceUkArchive;
import uk.org.ncpm.ingest.fetch.PoliceUkArchives;
import uk.org.ncpm.ingest.fetch.PoliceUkArchives.ArchiveChoice;
import uk.org.ncpm.ingest.fetch.StreetEntries;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Fetches data.police.uk archives and ingests the months asked (all of the archive's months for
 * the latest), through the ordinary ingest; shared by {@code fetch police-uk} and {@code update}.
 */
final class PoliceUkFetch {

    private PoliceUkFetch() {
    }

    /** {@code months} empty: the latest archive, whole. Returns the exit code. */
    static int run(StoreOption store, FetchOptions options, Optional<MonthRange> months, PrintWriter out, PrintWriter err) {
        try {
            Fetcher fetcher = Fetcher.open(options.settings(store));
            PoliceUkArchives archives = new PoliceUkArchives(fetcher, YearMonth.now(ZoneOffset.UTC));
            List<ArchiveChoice> choices = months.isPresent() ? archives.covering(months.get()) : List.of(latestChoice(archives));
            for (ArchiveChoice choice : choices) {
                int code = fetchAndIngest(fetcher, choice, months.isPresent(), store, out, err);
                if (code != 0) {
                    return code;
                }
            }
            return 0;
        } catch (FetchException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private static ArchiveChoice latestChoice(PoliceUkArchives archives) throws FetchException {
        PoliceUkArchive latest = archives.latest();
        return new ArchiveChoice(latest, latest.window());
    }

    private static int fetchAndIngest(Fetcher fetcher, ArchiveChoice choice, boolean onlyAsked, StoreOption store,
                                      PrintWriter out, PrintWriter err) throws FetchException {
        URI uri = choice.archive().uri(fetcher.settings().baseUrl());
        out.println("fetching   " + uri + (onlyAsked ? " for " + choice.months() : " (the latest archive)"));
        Downloaded downloaded = fetcher.fetch(uri);
        out.println(FetchReport.line(downloaded));
        Set<YearMonth> wanted = onlyAsked ? new TreeSet<>(choice.months().months()) : StreetEntries.months(downloaded.file());
        FetchLogEntry entry = fetcher.log().entry(uri.toString()).orElseThrow();
        wanted.removeAll(entry.months());
        if (wanted.isEmpty()) {
            out.println("already up to date: " + (onlyAsked ? choice.months() : "every month of " + choice.archive().fileName())
                    + " from these bytes is in the store; nothing ingested");
            return 0;
        }
        Path folder = fetcher.settings().downloads().resolve(".ingest-" + choice.archive().month());
        try {
            deleteTree(folder);
            int files = StreetEntries.extract(downloaded.file(), wanted, folder);
            out.println("ingesting  " + files + " street files for " + describe(wanted) + " from " + downloaded.file().getFileName());
            int code = IngestCommand.ingest(store, List.of(folder), out, err, true, false, new VerboseOption());
            if (code == 0) {
                fetcher.log().ingestedMonths(uri.toString(), wanted);
            }
            return code;
        } finally {
            deleteTree(folder);
        }
    }

    private static String describe(Set<YearMonth> months) {
        YearMonth first = months.iterator().next();
        YearMonth last = months.stream().reduce((a, b) -> b).orElseThrow();
        return months.size() == 1 ? first.toString() : months.size() + " months, " + first + " to " + last;
    }

    /** The extracted copies are only the ingest's input: removed after it, whatever happened. */
    private static void deleteTree(Path folder) throws FetchException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new FetchException(folder + ": could not be removed (" + e.getMessage() + ")", e);
        }
    }
}
