package uk.org.ncpm.cli;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.catalogue.NonTerritorialBody;
import uk.org.ncpm.ingest.IngestBatch;
import uk.org.ncpm.ingest.SkippedFile;
import uk.org.ncpm.ingest.StreetFile;
import uk.org.ncpm.ingest.TableFile;
import uk.org.ncpm.store.CommitResult;
import uk.org.ncpm.store.VintageOutcome;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** What one ingest run did, file by file, then in total. */
record IngestReport(Catalogue catalogue, IngestBatch batch, CommitResult result) {

    void print(PrintWriter out, long millis, boolean perFile) {
        if (result.streets().stream().anyMatch(o -> o.file().sample()) || result.tables().stream().anyMatch(o -> o.file().sample())) {
            out.println(SampleNotice.TEXT);
        }
        long stored = 0;
        long crimes = 0;
        long asb = 0;
        long duplicates = 0;
        long observations = 0;
        Map<String, Long> setAside = new TreeMap<>();
        Map<VintageOutcome.Status, Integer> statuses = new TreeMap<>();
        for (VintageOutcome<StreetFile> o : result.streets()) {
            StreetFile f = o.file();
            statuses.merge(o.status(), 1, Integer::sum);
            if (perFile) {
                out.println(head(o, f.source().displayName(), publisherName(f) + ", " + f.month()) + streetLine(o));
            }
            if (o.status() == VintageOutcome.Status.UNCHANGED) {
                continue;
            }
            stored += f.rowsStored();
            if (f.setAsideReason().isPresent()) {
                setAside.merge(publisherName(f), f.rowsSetAside(), Long::sum);
            } else {
                crimes += f.crimeRecords();
                asb += f.asbRecords();
                duplicates += f.duplicateIds();
            }
        }
        for (VintageOutcome<TableFile> o : result.tables()) {
            TableFile f = o.file();
            statuses.merge(o.status(), 1, Integer::sum);
            out.println(head(o, f.source().displayName(), f.format().description()) + tableLine(o));
            if (o.status() != VintageOutcome.Status.UNCHANGED) {
                observations += f.content().observations().size();
                f.content().setAside().forEach((body, rows) -> setAside.merge(body, rows, Long::sum));
            }
        }
        for (SkippedFile skipped : perFile ? batch.street().skipped() : List.<SkippedFile>of()) {
            out.println("skipped    " + skipped.source().displayName() + ": " + skipped.reason());
        }
        out.printf("Summary: %d street files and %d tables (%d new, %d revisions, %d unchanged), %d other files skipped, in %.1f s.%n",
                result.streets().size(), result.tables().size(), statuses.getOrDefault(VintageOutcome.Status.NEW, 0),
                statuses.getOrDefault(VintageOutcome.Status.REVISION, 0),
                statuses.getOrDefault(VintageOutcome.Status.UNCHANGED, 0), batch.street().skipped().size(), millis / 1000.0);
        out.printf("Street rows stored: %d (%d crime records, %d anti-social behaviour records without a Crime ID); "
                + "%d duplicated Crime IDs kept as published. Observations stored: %d.%n", stored, crimes, asb, duplicates,
                observations);
        if (setAside.isEmpty()) {
            out.println("Rows set aside: 0.");
        } else {
            out.println("Rows set aside (not territorial forces of England and Wales or not police force areas; kept out of force and national figures): "
                    + setAside.values().stream().mapToLong(Long::longValue).sum() + " ("
                    + String.join(", ", setAside.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()) + ").");
        }
    }

    private static String head(VintageOutcome<?> o, String file, String what) {
        return String.format("%-10s %s (%s): ", o.status().name().toLowerCase(Locale.ROOT), file, what);
    }

    private String streetLine(VintageOutcome<StreetFile> o) {
        StreetFile f = o.file();
        if (o.status() == VintageOutcome.Status.UNCHANGED) {
            return unchanged(o);
        }
        String rows = f.setAsideReason()
                .map(reason -> f.rows() + " rows set aside: " + reason)
                .orElseGet(() -> f.rows() + " rows stored (" + f.crimeRecords() + " crime, " + f.asbRecords()
                        + " anti-social behaviour)" + (f.duplicateIds() > 0 ? ", " + f.duplicateIds()
                        + " duplicated Crime IDs kept as published" : "") + (f.identicalDuplicates() > 0 ? " ("
                        + f.identicalDuplicates() + " of them rows identical in every column, counted once)" : ""));
        return rows + vintage(o);
    }

    private static String tableLine(VintageOutcome<TableFile> o) {
        TableFile f = o.file();
        if (o.status() == VintageOutcome.Status.UNCHANGED) {
            return unchanged(o);
        }
        long missing = f.content().observations().stream().filter(obs -> !obs.isAvailable()).count();
        String aside = f.content().setAside().isEmpty() ? "" : "; rows set aside: " + String.join(", ",
                new TreeMap<>(f.content().setAside()).entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
        String notes = f.content().notes().isEmpty() ? "" : "; " + String.join("; ", f.content().notes());
        return f.content().observations().size() + " observations (" + missing + " marked not available), "
                + f.periodStart() + " to " + f.periodEnd() + aside + notes + vintage(o);
    }

    private static String unchanged(VintageOutcome<?> o) {
        return "same bytes already stored as vintage #" + o.sourceFileId() + "; nothing written";
    }

    private static String vintage(VintageOutcome<?> o) {
        return "; vintage #" + o.sourceFileId()
                + o.revises().map(r -> ", revises #" + r + " (both kept; figures use the newest)").orElse("");
    }

    private String publisherName(StreetFile f) {
        return f.forceCode().flatMap(catalogue.forces()::byCode).map(Force::name)
                .or(() -> catalogue.forces().findNonTerritorial(f.publisher()).map(NonTerritorialBody::name))
                .orElse(f.publisher());
    }
}
