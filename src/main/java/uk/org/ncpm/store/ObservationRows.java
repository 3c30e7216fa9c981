package uk.org.ncpm.store;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import uk.org.ncpm.ingest.Observation;
import uk.org.ncpm.ingest.TableFile;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalDouble;

/** Appends the observations of new table vintages to {@code observation}, and their footnotes to {@code observation_footnote}. */
final class ObservationRows {

    private ObservationRows() {
    }

    static void insert(Connection connection, List<VintageOutcome<TableFile>> outcomes) throws SQLException {
        if (outcomes.isEmpty()) {
            return;
        }
        try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class).createAppender("main", "observation")) {
            for (VintageOutcome<TableFile> outcome : outcomes) {
                for (Observation o : outcome.file().content().observations()) {
                    appender.beginRow()
                            .append((int) outcome.sourceFileId())
                            .append(o.seriesId())
                            .append(o.areaCode())
                            .append(o.periodStart())
                            .append(o.periodEnd());
                    number(appender, o.value());
                    number(appender, o.lower());
                    number(appender, o.upper());
                    appender.append(o.unit());
                    text(appender, o.marker().orElse(null));
                    appender.append(o.location());
                    text(appender, o.note().isEmpty() ? null : o.note());
                    appender.endRow();
                }
            }
        }
        try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class).createAppender("main", "observation_footnote")) {
            for (VintageOutcome<TableFile> outcome : outcomes) {
                for (Observation o : outcome.file().content().observations()) {
                    for (int i = 0; i < o.footnotes().size(); i++) {
                        appender.beginRow()
                                .append((int) outcome.sourceFileId())
                                .append(o.seriesId())
                                .append(o.areaCode())
                                .append(o.periodStart())
                                .append(o.periodEnd())
                                .append(i + 1)
                                .append(o.footnotes().get(i))
                                .endRow();
                    }
                }
            }
        }
    }

    private static void number(DuckDBAppender appender, OptionalDouble value) throws SQLException {
        if (value.isPresent()) {
            appender.append(value.getAsDouble());
        } else {
            appender.appendNull();
        }
    }

    private static void text(DuckDBAppender appender, String value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
    }
}
