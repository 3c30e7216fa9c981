package uk.org.ncpm.store;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the current observations: for each metric, area and period, the one from the latest edition
 * (the {@code current_observation} view of {@code V006__footnotes.sql}: the current vintage that reaches
 * furthest in time, then the later published, then the later ingested), with its footnotes.
 */
public final class ObservationQuery {

    private final Store store;

    public ObservationQuery(Store store) {
        this.store = store;
    }

    public List<ObservationRow> list(Optional<String> metric, Optional<String> areaCode) throws StoreException {
        String sql = "SELECT o.metric, o.area_code, o.period_start, o.period_end, o.value, o.lower, o.upper, o.unit, "
                + "o.marker, o.location, o.note, f.id, f.name, f.kind, f.edition, "
                + "(SELECT list(n.text ORDER BY n.ordinal) FROM observation_footnote n WHERE n.source_file_id = o.source_file_id "
                + "AND n.metric = o.metric AND n.area_code = o.area_code AND n.period_start = o.period_start "
                + "AND n.period_end = o.period_end) AS footnotes "
                + "FROM current_observation o "
                + "JOIN source_file f ON f.id = o.source_file_id "
                + "WHERE (? IS NULL OR o.metric = ?) AND (? IS NULL OR o.area_code = ?) "
                + "ORDER BY o.metric, o.area_code, o.period_end, o.period_start";
        try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
            statement.setString(1, metric.orElse(null));
            statement.setString(2, metric.orElse(null));
            statement.setString(3, areaCode.orElse(null));
            statement.setString(4, areaCode.orElse(null));
            List<ObservationRow> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ObservationRow(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                            rs.getDate(4).toLocalDate(), ResultColumns.number(rs, 5), ResultColumns.number(rs, 6),
                            ResultColumns.number(rs, 7), rs.getString(8), Optional.ofNullable(rs.getString(9)),
                            rs.getString(10), Optional.ofNullable(rs.getString(11)).orElse(""), rs.getLong(12),
                            rs.getString(13), rs.getString(14), Optional.ofNullable(rs.getString(15)), texts(rs.getArray(16))));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException("store " + store.path() + ": observations could not be read: " + e.getMessage(), e);
        }
    }

    private static List<String> texts(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (Object text : (Object[]) array.getArray()) {
            texts.add(text.toString());
        }
        return texts;
    }
}
