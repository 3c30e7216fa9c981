package uk.org.ncpm.web;

import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.stats.Verdict;

import java.util.Comparator;
import java.util.List;

/**
 * The one or two sentences at the top of a force page: how many of the force's figures changed
 * significantly since the baseline in their latest rolling year, and in which direction, with the
 * reminder that success is judged nationally (docs/method.md, "Force diagnostics").
 *
 * @param latestPeriod the latest rolling year of any of the force's figures; empty when it has none
 * @param figures      the force's figures counted: each metric source's latest available year
 * @param decreases    of them, statistically significant decreases since the baseline
 * @param increases    of them, statistically significant increases
 * @param notTested    of them, not tested (or the baseline year itself)
 */
public record ForceSummary(String latestPeriod, int figures, int decreases, int increases, int notTested) {

    public static final String DIAGNOSTIC = "Success is judged for England and Wales as a whole: figures for a force are "
            + "diagnostic, to find good practice and to support and challenge the force. They are not targets and "
            + "forces are not ranked.";

    /** From each metric source's latest available figure for the force. */
    static ForceSummary of(List<Figure> latest) {
        String period = latest.stream().max(Comparator.comparing(Figure::periodEnd)).map(f -> f.period().label()).orElse("");
        int down = count(latest, Verdict.SIGNIFICANT_DECREASE);
        int up = count(latest, Verdict.SIGNIFICANT_INCREASE);
        int notTested = (int) latest.stream().filter(f -> !f.test().tested() || f.period().isBaseline()).count();
        return new ForceSummary(period, latest.size(), down, up, notTested);
    }

    private static int count(List<Figure> figures, Verdict verdict) {
        return (int) figures.stream().filter(f -> !f.period().isBaseline() && f.test().verdict() == verdict).count();
    }

    public int noChange() {
        return figures - decreases - increases - notTested;
    }

    /** The summary in plain sentences for the force. */
    public String sentence(String forceName) {
        if (figures == 0) {
            return "There are no figures for " + forceName + " on this site yet. The national figures for each priority are below.";
        }
        String of = figures == 1 ? "Of the 1 figure" : "Of the " + figures + " figures";
        return of + " for " + forceName + " in their latest rolling year (up to the " + latestPeriod + "), compared with the "
                + "baseline year ending June 2019: " + join(part(decreases, "a statistically significant decrease"),
                part(increases, "a statistically significant increase"), part(noChange(), "no significant change"),
                part(notTested, "could not be tested")) + ".";
    }

    private static String part(int n, String words) {
        if (n == 0) {
            return "";
        }
        return n + (words.startsWith("could") ? " " : n == 1 ? " shows " : " show ") + words;
    }

    private static String join(String... parts) {
        List<String> present = java.util.Arrays.stream(parts).filter(p -> !p.isEmpty()).toList();
        if (present.size() == 1) {
            return present.get(0);
        }
        return String.join(", ", present.subList(0, present.size() - 1)) + " and " + present.get(present.size() - 1);
    }
}
