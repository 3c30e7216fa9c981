package uk.org.ncpm.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the vintages of ingested files. */
public final class SourceFiles {

    private final Store store;

    public SourceFiles(Store store) {
        this.store = store;
    }

    public List<SourceFileRow> list() throws StoreException {
        try (Statement statement = store.connection().createStatement();
             ResultSet rs = statement.executeQuery("SELECT id, kind, name, container, sha256, bytes, rows, rows_stored, "
                     + "rows_set_aside, set_aside_reason, crime_records, asb_records, duplicate_ids, force_code, publisher, "
                     + "period_start, period_end, sample, catalogue_version, ingested_at, superseded_by "
                     + "FROM source_file ORDER BY id")) {
            List<SourceFileRow> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new SourceFileRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Optional.ofNullable(rs.getString(4)), rs.getString(5), rs.getLong(6), rs.getLong(7),
                        rs.getLong(8), rs.getLong(9), Optional.ofNullable(rs.getString(10)), rs.getLong(11),
                        rs.getLong(12), rs.getLong(13), Optional.ofNullable(rs.getString(14)), rs.getString(15),
                        rs.getDate(16).toLocalDate(), rs.getDate(17).toLocalDate(), rs.getBoolean(18),
                        rs.getString(19), rs.getTimestamp(20).toInstant(),
                        rs.getObject(21) == null ? Optional.empty() : Optional.of(rs.getLong(21))));
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException("store " + store.path() + ": vintages could not be read: " + e.getMessage(), e);
        }
    }

    /** True when any current vintage is synthetic sample data, so every screen can say so. */
    public boolean holdsSampleData() throws StoreException {
        try (Statement statement = store.connection().createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM source_file WHERE sample AND superseded_by IS NULL")) {
            rs.next();
            return rs.getLong(1) > 0;
        } catch (SQLException e) {
            throw new StoreException("store " + store.path() + ": vintages could not be read: " + e.getMessage(), e);
        }
    }
}
