package uk.org.ncpm.web;

import uk.org.ncpm.ingest.SourceFormat;
import uk.org.ncpm.catalogue.Area;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.measures.RollingPeriod;
import uk.org.ncpm.measures.Figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a reader of a headline figure needs to know about its data, in sentences: a source that covers
 * another area than England and Wales, a proxy, forces left out of the like-for-like figure (its notes),
 * earlier years not available and why, and forces whose figure for the year is not available and why.
 */
final class DataQualityNotes {

    private DataQualityNotes() {
    }

    /**
     * @param latest the headline figure: the latest national figure of a metric source
     * @param all    the same metric source's figures: the national series and the forces'
     */
    static List<String> of(Catalogue catalogue, Figure latest, List<Figure> all) {
        List<String> notes = new ArrayList<>();
        if (!latest.areaCode().equals(Area.ENGLAND_AND_WALES)) {
            notes.add("The source covers " + catalogue.areaName(latest.areaCode()).orElse(latest.areaCode())
                    + ", not England and Wales exactly.");
        }
        if (SourceFormat.POLICE_UK_STREET.is(latest.source())) {
            notes.add("A proxy from data.police.uk street records, not police recorded crime: its categories are wider "
                    + "(they include non-domestic burglary and business robbery).");
        }
        String own = FigureText.notes(latest);
        if (latest.isAvailable() && !own.isEmpty()) {
            notes.add(sentence(own));
        }
        Map<String, List<String>> gaps = new LinkedHashMap<>();
        all.stream().filter(f -> f.areaCode().equals(latest.areaCode()) && !f.isAvailable() && !f.equals(latest))
                .forEach(f -> gaps.computeIfAbsent(f.reason(), r -> new ArrayList<>()).add(new RollingPeriod(f.periodEnd()).label()));
        gaps.forEach((reason, years) -> notes.add(sentence("Not available for the " + String.join(", ", years)
                + (reason.isEmpty() ? "" : ": " + reason))));
        List<String> forces = new ArrayList<>();
        for (Figure f : all) {
            Optional<Force> force = catalogue.forces().byCode(f.areaCode());
            if (force.isPresent() && f.periodEnd().equals(latest.periodEnd()) && !f.isAvailable()) {
                forces.add(force.get().name() + (f.reason().isEmpty() ? "" : " (" + f.reason() + ")"));
            }
        }
        if (!forces.isEmpty()) {
            notes.add("Force figures not available for the " + new RollingPeriod(latest.periodEnd()).label() + ": "
                    + String.join("; ", forces) + ".");
        }
        return notes;
    }

    private static String sentence(String text) {
        String capitalised = MetricDescription.capitalise(text.strip());
        return capitalised.endsWith(".") ? capitalised : capitalised + ".";
    }
}
