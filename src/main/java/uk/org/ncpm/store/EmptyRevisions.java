package uk.org.ncpm.store;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.ingest.StreetFile;

import java.util.List;

/**
 * A street file with a header and no rows that would become the current vintage of a month already
 * stored with records: almost always a broken download, not a force withdrawing a month (Cumbria
 * 2018-12 once went from 3,014 records to none, exit 0). Refused unless the user says it is meant.
 */
final class EmptyRevisions {

    private EmptyRevisions() {
    }

    static void refuse(List<VintageOutcome<StreetFile>> streets, VintagePlan plan, Catalogue catalogue)
            throws EmptyRevisionException {
        for (VintageOutcome<StreetFile> o : streets) {
            StreetFile f = o.file();
            if (o.status() != VintageOutcome.Status.REVISION || f.rows() > 0) {
                continue;
            }
            long stored = plan.storedRows(o.revises().orElseThrow());
            if (stored > 0) {
                String force = f.forceCode().flatMap(catalogue.forces()::byCode).map(Force::name).orElse(f.publisher());
                throw new EmptyRevisionException("file " + f.source().displayName() + ": header only: would replace "
                        + stored + " stored records for " + force + " " + f.month() + " with none");
            }
        }
    }
}
