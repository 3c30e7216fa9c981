package uk.org.ncpm.web;

import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.store.SourceFileRow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A figure's source at the foot of a force page: where it comes from and, from the source's own
 * footnotes on the force's years, the edition and anything that qualifies the figures (docs/method.md,
 * "Footnotes").
 *
 * @param anchor      the series' section, so a note can be found from its figures
 * @param definedFrom where the catalogue says the metric comes from, e.g. "ONS force tables"
 */
public record SourceNote(String anchor, String name, String source, String definedFrom, List<String> notes) {

    public SourceNote {
        notes = List.copyOf(notes);
    }

    /** One note per series shown, with the files of its latest year and the footnotes of every year shown, each once. */
    static List<SourceNote> of(Map<String, ForceSeries> series, ForceFigures figures, Map<Long, SourceFileRow> files) {
        List<SourceNote> notes = new ArrayList<>();
        series.forEach((key, s) -> {
            Set<String> footnotes = new LinkedHashSet<>();
            ForceFigures.latestAvailable(figures.bySource().get(key)).map(f -> files(f, files)).filter(t -> !t.isEmpty())
                    .ifPresent(footnotes::add);
            // a footnote repeated year after year is listed once, with the first and last year it qualifies
            Map<String, List<String>> years = new LinkedHashMap<>();
            for (Figure f : figures.bySource().get(key)) {
                f.footnotes().forEach(n -> years.computeIfAbsent(n, k -> new ArrayList<>()).add(f.period().label()));
            }
            years.forEach((n, labels) -> footnotes.add((n.startsWith("from the ") ? "Figures " + n : PublicWords.of(n))
                    + " (" + labels.get(0) + (labels.size() > 1 ? " to " + labels.get(labels.size() - 1) : "") + ")."));
            String metric = key.substring(0, key.indexOf('|'));
            String definedFrom = figures.catalogue().metric(metric).map(m -> PublicWords.of(m.source())).orElse("");
            notes.add(new SourceNote(s.anchor(), s.heading(), s.sourceLabel(), definedFrom, List.copyOf(footnotes)));
        });
        return notes;
    }

    /**
     * "The year ending June 2021 and its baseline are computed from sample-police-recorded-crime.csv.", or for
     * many files (a month each) their number and the first and last: the files the figure's provenance names.
     */
    static String files(Figure f, Map<Long, SourceFileRow> files) {
        List<String> names = f.files().stream().map(files::get).filter(Objects::nonNull)
                .map(r -> Path.of(r.name()).getFileName().toString()).distinct().sorted().toList();
        if (names.isEmpty()) {
            return "";
        }
        String which = names.size() > 3 ? names.size() + " files, " + names.get(0) + " to " + names.get(names.size() - 1)
                : String.join(", ", names);
        return "The " + f.period().label() + (f.period().isBaseline() ? " is" : " and its baseline are") + " computed from " + which + ".";
    }
}
