package uk.org.ncpm.web;

import uk.org.ncpm.text.NumberText;
import uk.org.ncpm.measures.ChangeBasis;
import uk.org.ncpm.measures.Figure;

import java.util.OptionalDouble;

/**
 * A stored figure's numbers in words and digits, as the measure pages show them: "63", "48.4 to 80.6",
 * "66.8%", "65.4% to 68.2%", "per million", "+3 (+4%)", "-0.1 percentage points"; ".." where a
 * figure is not available (docs/method.md, "Periods"), never zero.
 */
final class FigureText {

    static final String NOT_AVAILABLE = "..";

    private FigureText() {
    }

    /** The value: a count, an estimate or a percentage. */
    static String value(Figure f) {
        return f.isAvailable() ? NumberText.figure(f.value()) + (isPercentage(f) ? "%" : "") : NOT_AVAILABLE;
    }

    /** The 95% interval, "48.4 to 80.6", or empty when the figure has none. */
    static String interval(Figure f) {
        if (!f.isAvailable()) {
            return NOT_AVAILABLE;
        }
        String suffix = isPercentage(f) ? "%" : "";
        return f.lower().isPresent() && f.upper().isPresent()
                ? NumberText.figure(f.lower()) + suffix + " to " + NumberText.figure(f.upper()) + suffix : "";
    }

    /** The rate (the column header says per how many residents), or empty when no population is loaded. */
    static String rate(Figure f) {
        if (!f.isAvailable()) {
            return NOT_AVAILABLE;
        }
        return f.rate().isPresent() ? NumberText.figure(f.rate()) : "";
    }

    /** "per million", "per 100,000", "per 1,000" residents. */
    static String per(OptionalDouble ratePer) {
        if (ratePer.isEmpty()) {
            return "";
        }
        double per = ratePer.getAsDouble();
        return NumberText.per(per);
    }

    /** Change since the baseline: absolute and relative for counts and estimates, percentage points for percentages. */
    static String change(Figure f) {
        if (!f.isAvailable()) {
            return NOT_AVAILABLE;
        }
        if (f.change().isEmpty()) {
            return "";
        }
        if (isPercentage(f)) {
            return signed(f.change()) + " percentage points";
        }
        String change = f.changePct().isPresent() ? signed(f.change()) + " (" + signed(f.changePct()) + "%)" : signed(f.change());
        // One quantity (docs/method.md): a rate change, with the count change beside it.
        if (f.comparison().isPresent() && f.comparison().get().basis() == ChangeBasis.RATE && !f.period().isBaseline()) {
            return change + " in the rate " + per(f.ratePer()) + "; " + signed(OptionalDouble.of(f.comparison().get().valueChange()))
                    + " in the count";
        }
        return change;
    }

    /** The verdict in the plain words of docs/method.md, "Verdicts", or why there is none. */
    static String verdict(Figure f) {
        if (!f.isAvailable()) {
            return "not available";
        }
        if (f.verdict().isPresent() && !f.verdict().get().isEmpty()) {
            return f.verdict().get();
        }
        return f.period().isBaseline() ? "baseline year" : "not tested";
    }

    /**
     * The figure's notes: why not available, how the change was tested (φ, the months compared), like-for-like
     * exclusions, the source's own national total with what it includes, and the source's footnotes.
     */
    static String notes(Figure f) {
        java.util.List<String> notes = new java.util.ArrayList<>();
        if (!f.reason().isBlank()) {
            notes.add(f.reason());
        }
        if (f.test().tested() && !f.test().comparedOn().equals(uk.org.ncpm.measures.ChangeTest.WHOLE_YEAR)) {
            notes.add("compared on " + f.test().comparedOn());
        }
        if (f.published().isPresent()) {
            // Shown beside the sum of the forces, never instead of it.
            String scope = f.national().publishedNote().replaceFirst("^England and Wales total as published by the source:? ?", "")
                    .replaceFirst("\\.$", "");
            notes.add("the source's own England and Wales total, as published: " + NumberText.figure(f.published())
                    + (scope.isBlank() ? "" : " (" + scope + ")"));
        }
        f.footnotes().forEach(n -> notes.add(n.startsWith("from the ") ? "figures " + n : "source footnote: " + n));
        return String.join("; ", notes);
    }

    static boolean isPercentage(Figure f) {
        return f.unit().startsWith("percentage");
    }

    static String signed(OptionalDouble v) {
        String text = NumberText.figure(v);
        return v.isPresent() && v.getAsDouble() > 0 ? "+" + text : text;
    }
}
