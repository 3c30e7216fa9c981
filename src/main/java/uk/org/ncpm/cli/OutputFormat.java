package uk.org.ncpm.cli;

/** How listing commands print: an aligned table for people, CSV or JSON for programs. */
enum OutputFormat {
    table, csv, json
}
