package uk.org.ncpm.catalogue;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Which way a metric's change is an improvement, as the catalogue gives it ({@code direction} in
 * metrics.csv and measures.csv): the verdict of a significant change says "(improvement)" or
 * "(deterioration)" by it, and the pages say it in words. {@link #BY_METRIC} is for a measure whose
 * metrics go different ways.
 */
public enum ImprovementDirection {
    DOWN("down", "Down: a fall is an improvement", "A fall is an improvement."),
    UP("up", "Up: a rise is an improvement", "A rise is an improvement."),
    NONE("none", "None: an activity measure, with no preferred direction",
            "Whether a rise or a fall is an improvement depends on the metric: each metric below says which."),
    BY_METRIC("see metrics", "Depends on the metric: see each metric below",
            "Whether a rise or a fall is an improvement depends on the metric: each metric below says which.");

    private final String word;
    private final String description;
    private final String sentence;

    ImprovementDirection(String word, String description, String sentence) {
        this.word = word;
        this.description = description;
        this.sentence = sentence;
    }

    /** The catalogue's word, also the API's: "down", "up", "none", "see metrics". */
    public String word() {
        return word;
    }

    /** For a metric's summary: "Down: a fall is an improvement". */
    public String description() {
        return description;
    }

    /** For a measure page's introduction: "A fall is an improvement." */
    public String sentence() {
        return sentence;
    }

    /** Whether a change either way is better or worse (not an activity measure, nor a measure of mixed metrics). */
    public boolean hasPreference() {
        return this == DOWN || this == UP;
    }

    /** The direction a catalogue file names; another word is a catalogue error. */
    public static ImprovementDirection of(String word) {
        return Arrays.stream(values()).filter(d -> d.word.equals(word)).findFirst()
                .orElseThrow(() -> new IllegalStateException("catalogue: unknown direction '" + word + "'; expected "
                        + Arrays.stream(values()).map(d -> d.word).collect(Collectors.joining(", "))));
    }

    @Override
    public String toString() {
        return word;
    }
}
