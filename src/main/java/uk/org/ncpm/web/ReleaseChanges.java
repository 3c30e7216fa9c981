package uk.org.ncpm.web;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.release.PublicationTime;
import uk.org.ncpm.release.Release;
import uk.org.ncpm.release.Revisions;
import uk.org.ncpm.store.SourceFileRow;
import uk.org.ncpm.text.NumberText;
import uk.org.ncpm.web.govuk.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The page "what changed in this release": against the release published before it, the new figures (by
 * year), the revised ones ("as published" beside "revised", and the files that changed as the reason) and
 * the verdicts that changed (docs/method.md, "Revisions").
 */
public record ReleaseChanges(Release release, Optional<String> comparedWith, List<String> added, Table revised, int revisedCount,
                             Table verdicts, int verdictCount, boolean sample) {

    /** Rows shown on the page; the rest are in the figures CSV of each release. */
    static final int SHOWN = 300;

    static ReleaseChanges of(Catalogue catalogue, Release release, Snapshot snapshot, Optional<Release> previous,
                             Optional<Snapshot> previousSnapshot) {
        Revisions revisions = Revisions.between(previousSnapshot.map(Snapshot::figures).orElse(List.of()), snapshot.figures());
        Map<uk.org.ncpm.measures.RollingPeriod, Integer> addedByYear = new TreeMap<>(); // oldest year first
        revisions.added().forEach(f -> addedByYear.merge(f.period(), 1, Integer::sum));
        List<String> added = new ArrayList<>();
        addedByYear.forEach((year, n) -> added.add(NumberText.count(n) + " figure" + (n == 1 ? "" : "s") + " for the " + year.label()));
        List<List<Table.Cell>> revisedRows = new ArrayList<>();
        for (Revisions.Revised r : revisions.revised().stream().limit(SHOWN).toList()) {
            revisedRows.add(List.of(Table.Cell.text(name(catalogue, r.revised())), Table.Cell.text(r.revised().period().label()),
                    Table.Cell.numeric(value(r.asPublished())), Table.Cell.numeric(value(r.revised())),
                    Table.Cell.text(why(r, snapshot.sourceFiles(), previousSnapshot.map(Snapshot::sourceFiles).orElse(Map.of())))));
        }
        List<List<Table.Cell>> verdictRows = new ArrayList<>();
        for (Revisions.Revised r : revisions.verdictsChanged().stream().limit(SHOWN).toList()) {
            verdictRows.add(List.of(Table.Cell.text(name(catalogue, r.revised())), Table.Cell.text(r.revised().period().label()),
                    Table.Cell.text(r.asPublished().verdict().orElse("none")), Table.Cell.text(r.revised().verdict().orElse("none"))));
        }
        return new ReleaseChanges(release, previous.map(p -> "release " + p.id() + " (" + p.contents() + ", published at "
                        + PublicationTime.words(p.publishAt().orElseThrow()) + ")"), added,
                new Table("Revised figures", "govuk-table__caption--m", true, List.of(Table.Cell.text("Figure"),
                        Table.Cell.text("Year"), Table.Cell.numeric("As published"), Table.Cell.numeric("Revised"),
                        Table.Cell.text("Why")), revisedRows), revisions.revised().size(),
                new Table("Verdicts that changed", "govuk-table__caption--m", true, List.of(Table.Cell.text("Figure"),
                        Table.Cell.text("Year"), Table.Cell.text("Was"), Table.Cell.text("Now")), verdictRows),
                revisions.verdictsChanged().size(), snapshot.sample());
    }

    private static String name(Catalogue catalogue, Figure f) {
        return catalogue.metric(f.metric()).map(m -> m.name()).orElse(f.metric()) + ", "
                + catalogue.areaName(f.areaCode()).orElse(f.areaCode()) + " (" + f.sourceLabel() + ")";
    }

    private static String value(Figure f) {
        return f.isAvailable() ? NumberText.figure(f.value()) : "not available";
    }

    /** The files that changed under the figure, by name: the reason a published figure is revised. */
    private static String why(Revisions.Revised r, Map<Long, SourceFileRow> now, Map<Long, SourceFileRow> then) {
        List<String> parts = new ArrayList<>();
        if (!r.filesAdded().isEmpty()) {
            parts.add("now from " + names(r.filesAdded(), now));
        }
        if (!r.filesDropped().isEmpty()) {
            parts.add("no longer from " + names(r.filesDropped(), then));
        }
        return parts.isEmpty() ? "recomputed from the same files (method or catalogue changed)" : String.join("; ", parts);
    }

    private static String names(Set<Long> ids, Map<Long, SourceFileRow> files) {
        return String.join(", ", ids.stream().map(id -> Optional.ofNullable(files.get(id)).map(SourceFileRow::name)
                .orElse("file #" + id) + " (#" + id + ")").toList());
    }

}
