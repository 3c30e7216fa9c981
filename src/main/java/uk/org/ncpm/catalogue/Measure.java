package uk.org.ncpm.catalogue;

/** One of the six National Crime and Policing Measures; its direction is its metrics' one, or {@code BY_METRIC}. */
public record Measure(String id, String name, ImprovementDirection direction) {
}
