package uk.org.ncpm.ingest;

import java.util.Arrays;

/**
 * How complete one force's data is for one month and source (docs/method.md, "Periods"): a year is
 * only counted when every month is {@link #COMPLETE}. The word is what the store, the CSV and JSON
 * answers and the pages show.
 */
public enum CoverageStatus {
    COMPLETE("complete"),
    PARTIAL("partial"),
    MISSING("missing");

    private final String word;

    CoverageStatus(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** The status a stored word names. */
    public static CoverageStatus of(String word) {
        return Arrays.stream(values()).filter(s -> s.word.equals(word)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown coverage status '" + word
                        + "'; expected complete, partial or missing"));
    }

    @Override
    public String toString() {
        return word;
    }
}
