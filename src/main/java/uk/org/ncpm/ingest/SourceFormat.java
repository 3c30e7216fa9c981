package uk.org.ncpm.ingest;

/** Every input format the ingest recognises, by content. */
public enum SourceFormat {
    POLICE_UK_STREET("police-uk-street", "data.police.uk street-level crime CSV (YYYY-MM-<force>-street.csv, alone, in folders or zips)"),
    HOME_OFFICE_PRC("home-office-prc", "Home Office police recorded crime open data tables, police force area (CSV or ODS)"),
    PRC_ROLLUP("prc-offence-group-rollup", "third-party roll-up of the recorded crime tables: force x offence group x quarter (CSV)"),
    ONS_PFA_TABLES("ons-pfa-tables", "ONS Crime in England and Wales: Police Force Area data tables (XLSX)"),
    POPULATION("ons-pfa-population", "ONS mid-year population estimates by police force area (CSV)"),
    TIDY_METRIC("ncpm-tidy-metric", "NCPM Monitor tidy metric file (CSV: metric,area_code,period_start,period_end,value,lower,upper,unit,source,note)"),
    POLICE_WORKFORCE("home-office-police-workforce", "Home Office police workforce tables, Table 1: police officer full-time equivalents by police force area (ODS; context, never a measure)");

    private final String id;
    private final String description;

    SourceFormat(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** Stored as {@code source_file.kind}. */
    public String id() {
        return id;
    }

    /**
     * Whether a stored kind (a file's {@code source_file.kind}, a figure's {@code source}) is this
     * format: pages compare with the format, not with its id typed again.
     */
    public boolean is(String kind) {
        return id.equals(kind);
    }

    public String description() {
        return description;
    }

    /** The list of supported formats, for "format not recognised" messages. */
    public static String supported() {
        StringBuilder text = new StringBuilder();
        for (SourceFormat format : values()) {
            text.append(text.isEmpty() ? "" : "; ").append(format.description);
        }
        return text.toString();
    }
}
