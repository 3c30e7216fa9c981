package uk.org.ncpm.ingest;

import com.github.miachm.sods.OdsOptionParameters;
import com.github.miachm.sods.SpreadSheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/** Opens an .ods file's bytes for the readers of Home Office tables: cell values only (no styles, images, charts). */
public final class OdsSpreadsheet {

    private OdsSpreadsheet() {
    }

    public static SpreadSheet open(String file, byte[] bytes) throws IngestException {
        OdsOptionParameters options = new OdsOptionParameters();
        options.setLoadStyles(false);
        options.setLoadImages(false);
        options.setLoadGraphs(false);
        try {
            return new SpreadSheet(new ByteArrayInputStream(bytes), options);
        } catch (IOException | RuntimeException e) {
            throw IngestException.ofFile(file, "not a readable .ods spreadsheet: " + e.getMessage(), e);
        }
    }
}
