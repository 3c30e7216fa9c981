package uk.org.ncpm.cli;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.measures.Diagnostics;
import uk.org.ncpm.text.DiagnosticsColumns;

import java.util.List;

/** A force's diagnostics as a listing: one row per metric source, the columns of {@link DiagnosticsColumns}. */
final class DiagnosticsCsv {

    static final List<String> COLUMNS = DiagnosticsColumns.NAMES;

    private DiagnosticsCsv() {
    }

    static Listing listing(Diagnostics d, Catalogue catalogue) {
        return new Listing(COLUMNS, DiagnosticsColumns.rows(d, catalogue));
    }
}
