package uk.org.ncpm.ingest;

import java.util.List;

/** The data.police.uk street-level crime CSV format. */
public final class PoliceUkStreetFormat {

    /** The exact header of every street file; anything else is rejected. */
    public static final List<String> HEADER = List.of("Crime ID", "Month", "Reported by", "Falls within",
            "Longitude", "Latitude", "Location", "LSOA code", "LSOA name", "Crime type",
            "Last outcome category", "Context");

    static final int CRIME_ID = 0;
    static final int MONTH = 1;
    static final int REPORTED_BY = 2;
    static final int FALLS_WITHIN = 3;
    static final int LONGITUDE = 4;
    static final int LATITUDE = 5;
    static final int LSOA_CODE = 7;
    static final int CRIME_TYPE = 9;
    static final int OUTCOME = 10;
    static final int CONTEXT = 11;

    /**
     * Written in the Context column of every row of the sample dataset, so that sample data is
     * recognised as such wherever it travels.
     */
    public static final String SAMPLE_MARKER = "SAMPLE DATA - synthetic - not real crime records";

    public static final String KIND = "police-uk-street";

    private PoliceUkStreetFormat() {
    }
}
