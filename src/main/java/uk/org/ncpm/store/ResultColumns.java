package uk.org.ncpm.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalDouble;

/** Reading nullable numbers from query results: SQL NULL is "no number", never zero. */
public final class ResultColumns {

    private ResultColumns() {
    }

    public static OptionalDouble number(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
}
