package uk.org.ncpm.ingest;

import java.util.List;
import java.util.Map;

/**
 * What a table reader found in one file.
 *
 * @param observations every number, available or marked not available
 * @param setAside     rows kept out because they are not territorial forces (e.g. Action Fraud,
 *                     British Transport Police), counted by the body's name
 * @param notes        short remarks for the ingest report (e.g. "edition: year ending June 2019")
 * @param edition      how the publisher names the edition the file is, e.g. {@code ONS PFA tables, year ending
 *                     June 2019 edition}; empty for sources without editions
 */
public record TableContent(List<Observation> observations, Map<String, Long> setAside, List<String> notes,
                           String edition) {

    public TableContent {
        observations = List.copyOf(observations);
        setAside = Map.copyOf(setAside);
        notes = List.copyOf(notes);
    }

    /** The content of a source that has no editions. */
    public TableContent(List<Observation> observations, Map<String, Long> setAside, List<String> notes) {
        this(observations, setAside, notes, "");
    }
}
