package uk.org.ncpm.store;

import uk.org.ncpm.ingest.CoverageStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.ncpm.ingest.StreetCsv;
import uk.org.ncpm.ingest.StreetCsv.Row;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows identical in every column are stored as published and counted once, in every count of crime records. */
class IdenticalDuplicateRowsTest {

    private static final String CUMBRIA = "Cumbria Constabulary";
    private static final YearMonth JANUARY = YearMonth.of(2019, 1);

    @TempDir
    Path dir;

    @Test
    void identical_rows_are_kept_but_counted_once_in_street_counts_locations_and_coverage() throws Exception {
        List<Row> rows = new ArrayList<>(StreetCsv.crimes(3, "c", "2019-01", CUMBRIA));
        rows.add(Row.crime("c-1", "2019-01", CUMBRIA));                                   // identical to the first row
        rows.add(Row.crime("c-1", "2019-01", CUMBRIA));                                   // and again
        rows.add(Row.crime("c-2", "2019-01", CUMBRIA).set("Last outcome category", "x")); // same id, different: counted
        Path file = StreetCsv.write(dir, "2019-01-cumbria-street.csv", rows);
        Path storeFile = dir.resolve("ncpm.duckdb");
        new StoreFixture(storeFile).ingest(file);

        try (Store store = Store.open(storeFile, StoreFixture.CATALOGUE)) {
            try (Statement s = store.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*), count(*) FILTER (WHERE identical_repeat) FROM crime_record")) {
                rs.next();
                assertThat(rs.getLong(1)).as("every row stored as published").isEqualTo(6);
                assertThat(rs.getLong(2)).isEqualTo(2);
            }
            long counted = new StreetCountQuery(store).list().stream().mapToLong(StreetCountQuery.Count::crimes).sum();
            assertThat(counted).isEqualTo(4);
            assertThat(new StreetCountQuery(store).located()).singleElement()
                    .satisfies(m -> assertThat(m.crimes()).isEqualTo(4));
            assertThat(new CoverageQuery(store).list(Optional.of("E23000002"), Optional.of(JANUARY), Optional.of(JANUARY)))
                    .singleElement().satisfies(r -> {
                        assertThat(r.records()).isEqualTo(4);
                        assertThat(r.duplicatesDropped()).isEqualTo(2);
                        assertThat(r.status()).isEqualTo(CoverageStatus.COMPLETE);
                    });
        }
    }
}
