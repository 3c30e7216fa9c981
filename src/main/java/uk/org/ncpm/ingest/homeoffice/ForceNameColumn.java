package uk.org.ncpm.ingest.homeoffice;

import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.catalogue.Forces;
import uk.org.ncpm.catalogue.NonTerritorialBody;
import uk.org.ncpm.ingest.IngestException;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The "Force Name" column of Home Office tables: a territorial force under any of its spellings
 * ("Avon &amp; Somerset", "London, City of", "Metropolitan Police"), or a body whose rows are set aside
 * (British Transport Police, Action Fraud, CIFAS, UK Finance / Financial Fraud Action UK). Any other
 * name fails the file.
 */
final class ForceNameColumn {

    private final Forces forces;
    private final Map<String, Reporter> seen = new HashMap<>();

    ForceNameColumn(Forces forces) {
        this.forces = forces;
    }

    /** Who reported a row: a territorial force, or a body set aside under its catalogue name. */
    record Reporter(Optional<Force> force, Optional<NonTerritorialBody> setAside) {
    }

    Reporter resolve(String name, RowPosition position, String column) throws IngestException {
        Reporter reporter = seen.get(name);
        if (reporter == null) {
            Optional<Force> force = forces.find(name);
            Optional<NonTerritorialBody> body = force.isPresent() ? Optional.empty() : forces.findNonTerritorial(name);
            if (force.isEmpty() && body.isEmpty()) {
                throw position.error(column, "unknown force '" + name + "'; expected a territorial force of England "
                        + "and Wales (e.g. 'Avon and Somerset') or a body whose rows are set aside ("
                        + forces.nonTerritorial().stream().map(NonTerritorialBody::name).collect(Collectors.joining(", "))
                        + ")");
            }
            reporter = new Reporter(force, body);
            seen.put(name, reporter);
        }
        return reporter;
    }
}
