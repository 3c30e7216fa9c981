package uk.org.ncpm.catalogue;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a metric's value is ({@code unit} in metrics.csv): a count of recorded events, a survey estimate
 * (in persons or thousands of persons), or a percentage from a survey. Counts are tested as counts
 * (docs/method.md, "Change against the baseline"); estimates and percentages through their published
 * intervals ("Survey estimates").
 */
public enum MetricUnit {
    COUNT("count", "count"),
    ESTIMATE("estimate", "estimate"),
    ESTIMATE_THOUSANDS("estimate (thousands)", "estimate, thousands"),
    PERCENTAGE("percentage", "percentage");

    private final String word;
    private final String heading;

    MetricUnit(String word, String heading) {
        this.word = word;
        this.heading = heading;
    }

    /** The catalogue's word, also the API's and the unit a source's rows for the metric carry. */
    public String word() {
        return word;
    }

    /** For a table's column heading, capitalised by the page: "estimate, thousands". */
    public String heading() {
        return heading;
    }

    /** Whether the value comes from a survey, with the survey's own interval. */
    public boolean isSurveyEstimate() {
        return this != COUNT;
    }

    /** The unit a catalogue file names; another word is a catalogue error. */
    public static MetricUnit of(String word) {
        return Arrays.stream(values()).filter(u -> u.word.equals(word)).findFirst()
                .orElseThrow(() -> new IllegalStateException("catalogue: unknown unit '" + word + "'; expected "
                        + Arrays.stream(values()).map(u -> u.word).collect(Collectors.joining(", "))));
    }

    @Override
    public String toString() {
        return word;
    }
}
