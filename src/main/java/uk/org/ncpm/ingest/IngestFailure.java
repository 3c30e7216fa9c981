package uk.org.ncpm.ingest;

import java.util.List;

/** An ingest run that stored nothing because one or more of its files were rejected. */
public class IngestFailure extends Exception {

    private final List<IngestException> errors;

    public IngestFailure(List<IngestException> errors) {
        super(errors.size() == 1 ? errors.get(0).getMessage()
                : errors.size() + " files rejected; first: " + errors.get(0).getMessage());
        this.errors = List.copyOf(errors);
    }

    public List<IngestException> errors() {
        return errors;
    }
}
