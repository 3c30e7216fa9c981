package uk.org.ncpm.web;

import uk.org.ncpm.catalogue.Area;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.text.NamedForces;
import uk.org.ncpm.text.NumberText;

import java.util.ArrayList;
import java.util.List;

/**
 * A national figure as the force page shows it beside the force's own (or alone, for a measure
 * published only nationally): the area, the rolling year, the value and verdict in a sentence, and
 * what the figure leaves out (docs/method.md, "England and Wales": the forces left out of both years
 * for missing data, and what the source's own total includes or excludes), said beside it.
 *
 * @param sentence "England and Wales, year ending June 2021: 123,456 (20.5 per 1,000 residents); no significant change since the baseline."
 * @param leavesOut the forces or parts the figure leaves out, in words; empty when it leaves out none
 */
public record NationalFigure(String sentence, List<String> leavesOut) {

    public NationalFigure {
        leavesOut = List.copyOf(leavesOut);
    }

    static NationalFigure of(Catalogue catalogue, Figure f) {
        String area = catalogue.areaName(f.areaCode()).orElse(f.areaCode());
        if (f.areaCode().equals(Area.ENGLAND_AND_WALES)) {
            area = "England and Wales";
        }
        if (!f.isAvailable()) {
            return new NationalFigure(area + ", " + f.period().label() + ": not available (" + PublicWords.of(f.reason()) + ").", List.of());
        }
        String value = FigureText.value(f) + (f.rate().isPresent()
                ? " (" + NumberText.figure(f.rate()) + " " + FigureText.per(f.ratePer()) + " residents)" : "");
        String verdict = f.period().isBaseline() ? "this is the baseline year"
                : f.verdict().filter(v -> !v.equals("not tested")).map(v -> v + " since the baseline")
                .orElse("not tested against the baseline" + (f.test().note().isBlank() ? "" : ": " + PublicWords.of(f.test().note())));
        List<String> leavesOut = new ArrayList<>();
        if (!f.excludedForces().isEmpty()) {
            leavesOut.add("This figure leaves out " + NamedForces.of(catalogue, f.excludedForces())
                    + ": their data are missing for part of this year or of the baseline year, so they are left out of both years to compare like with like.");
        }
        if (f.published().isPresent()) {
            String scope = f.national().publishedNote().isBlank() ? "" : " (" + f.national().publishedNote().replaceFirst("\\.$", "") + ")";
            leavesOut.add("The source's own national total, as published, is " + NumberText.figure(f.published()) + scope + ".");
        }
        return new NationalFigure(area + ", " + f.period().label() + ": " + value + "; " + verdict + ".", leavesOut);
    }
}
