package uk.org.ncpm.web;

import uk.org.ncpm.measures.Figure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    /** One note per series shown, with the footnotes of every year shown, each once. */
    static List<SourceNote> of(Map<String, ForceSeries> series, ForceFigures figures) {
        List<SourceNote> notes = new ArrayList<>();
        series.forEach((key, s) -> {
            Set<String> footnotes = new LinkedHashSet<>();
            for (Figure f : figures.bySource().get(key)) {
                f.footnotes().forEach(n -> footnotes.add(n.startsWith("from the ") ? "Figures " + n + "."
                        : "Source footnote (" + f.period().label() + "): " + PublicWords.of(n)));
            }
            String metric = key.substring(0, key.indexOf('|'));
            String definedFrom = figures.catalogue().metric(metric).map(m -> PublicWords.of(m.source())).orElse("");
            notes.add(new SourceNote(s.anchor(), s.heading(), s.sourceLabel(), definedFrom, List.copyOf(footnotes)));
        });
        return notes;
    }
}
