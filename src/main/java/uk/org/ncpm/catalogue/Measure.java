package uk.org.ncpm.catalogue;

/** One of the six National Crime and Policing Measures. */
public record Measure(String id, String name, String direction) {
}
