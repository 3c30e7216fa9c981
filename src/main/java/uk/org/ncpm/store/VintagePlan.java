package uk.org.ncpm.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, before anything is written, what each file of a run is: unchanged (same sha256 as a
 * stored vintage of the same identity), a revision (a newer vintage of the same file identity), or new; and assigns ids.
 * Files are taken in run order, so a later file in the same run can revise an earlier one.
 */
final class VintagePlan {

    private final Map<String, Long> bySha = new HashMap<>();
    private final Map<String, Long> currentByIdentity = new HashMap<>();
    private final Map<Long, Long> rowsById = new HashMap<>();
    private long nextId;

    private VintagePlan() {
    }

    static VintagePlan load(Connection connection) throws SQLException {
        VintagePlan plan = new VintagePlan();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT id, sha256, identity, superseded_by, rows FROM source_file ORDER BY id")) {
            while (rs.next()) {
                plan.rowsById.put(rs.getLong(1), rs.getLong(5));
                plan.bySha.putIfAbsent(rs.getString(3) + "|" + rs.getString(2), rs.getLong(1));
                if (rs.getObject(4) == null) {
                    plan.currentByIdentity.put(rs.getString(3), rs.getLong(1));
                }
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM (SELECT id FROM source_file UNION ALL SELECT id FROM removed_vintage)")) {
            rs.next();
            // Ids of removed vintages are not reused: provenance and compute fingerprints name vintages by id.
            plan.nextId = rs.getLong(1);
        }
        return plan;
    }

    /** Data rows of a stored vintage; 0 for a vintage of this run, which has not been stored yet. */
    long storedRows(long id) {
        return rowsById.getOrDefault(id, 0L);
    }

    <F> VintageOutcome<F> decide(F file, String sha256, String identity) {
        // Same bytes under the same identity: files without rows have identical bytes for every force and month.
        String same = identity + "|" + sha256;
        Long existing = bySha.get(same);
        if (existing != null) {
            return new VintageOutcome<>(file, VintageOutcome.Status.UNCHANGED, existing, Optional.empty());
        }
        long id = nextId++;
        bySha.put(same, id);
        Long previous = currentByIdentity.put(identity, id);
        return new VintageOutcome<>(file, previous == null ? VintageOutcome.Status.NEW : VintageOutcome.Status.REVISION,
                id, Optional.ofNullable(previous));
    }
}
