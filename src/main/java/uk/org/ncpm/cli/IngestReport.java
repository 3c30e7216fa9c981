package uk.org.ncpm.cli;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.catalogue.NonTerritorialBody;
import uk.org.ncpm.ingest.SkippedFile;
import uk.org.ncpm.ingest.StreetBatch;
import uk.org.ncpm.ingest.StreetFile;
import uk.org.ncpm.store.VintageOutcome;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** What one ingest run did, file by file, then in total. */
record IngestReport(Catalogue catalogue, StreetBatch batch, List<VintageOutcome> outcomes) {

    void print(PrintWriter out, long millis, boolean perFile) {
        if (outcomes.stream().anyMatch(o -> o.file().sample())) {
            out.println(SampleNotice.TEXT);
        }
        long stored = 0;
        long crimes = 0;
        long asb = 0;
        long duplicates = 0;
        Map<String, Long> setAside = new TreeMap<>();
        Map<VintageOutcome.Status, Integer> statuses = new TreeMap<>();
        for (VintageOutcome o : outcomes) {
            StreetFile f = o.file();
            statuses.merge(o.status(), 1, Integer::sum);
            if (perFile) {
                out.println(line(o));
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
        for (SkippedFile skipped : perFile ? batch.skipped() : List.<SkippedFile>of()) {
            out.println("skipped    " + skipped.source().displayName() + ": " + skipped.reason());
        }
        out.printf("Summary: %d street files (%d new, %d revisions, %d unchanged), %d other files skipped, in %.1f s.%n",
                outcomes.size(), statuses.getOrDefault(VintageOutcome.Status.NEW, 0),
                statuses.getOrDefault(VintageOutcome.Status.REVISION, 0),
                statuses.getOrDefault(VintageOutcome.Status.UNCHANGED, 0), batch.skipped().size(), millis / 1000.0);
        out.printf("Rows stored: %d (%d crime records, %d anti-social behaviour records without a Crime ID); "
                + "%d duplicated Crime IDs kept as published.%n", stored, crimes, asb, duplicates);
        if (setAside.isEmpty()) {
            out.println("Rows set aside: 0.");
        } else {
            out.println("Rows set aside (not territorial forces of England and Wales, kept out of force and national figures): "
                    + setAside.values().stream().mapToLong(Long::longValue).sum() + " ("
                    + String.join(", ", setAside.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()) + ").");
        }
    }

    private String line(VintageOutcome o) {
        StreetFile f = o.file();
        String head = String.format("%-10s %s (%s, %s): ", o.status().name().toLowerCase(Locale.ROOT),
                f.source().displayName(), publisherName(f), f.month());
        if (o.status() == VintageOutcome.Status.UNCHANGED) {
            return head + "same bytes already stored as vintage #" + o.sourceFileId() + "; nothing written";
        }
        String rows = f.setAsideReason()
                .map(reason -> f.rows() + " rows set aside: " + reason)
                .orElseGet(() -> f.rows() + " rows stored (" + f.crimeRecords() + " crime, " + f.asbRecords()
                        + " anti-social behaviour)" + (f.duplicateIds() > 0 ? ", " + f.duplicateIds()
                        + " duplicated Crime IDs kept as published" : ""));
        return head + rows + "; vintage #" + o.sourceFileId()
                + o.revises().map(r -> ", revises #" + r + " (both kept; figures use the newest)").orElse("");
    }

    private String publisherName(StreetFile f) {
        return f.forceCode().flatMap(catalogue.forces()::byCode).map(Force::name)
                .or(() -> catalogue.forces().findNonTerritorial(f.publisher()).map(NonTerritorialBody::name))
                .orElse(f.publisher());
    }
}
