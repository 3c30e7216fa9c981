package uk.org.ncpm.store;

import uk.org.ncpm.ingest.CoverageStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.ingest.CoverageRow;
import uk.org.ncpm.ingest.StreetCsv;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageQueryTest {

    private static final String CUMBRIA = "Cumbria Constabulary";

    @TempDir
    Path dir;

    private Path storeFile;

    @BeforeEach
    void loadCumbriaJanuaryAndApril() throws Exception {
        storeFile = dir.resolve("ncpm.duckdb");
        Path january = StreetCsv.write(dir, "2019-01-cumbria-street.csv", StreetCsv.crimes(5, "j", "2019-01", CUMBRIA));
        Path april = StreetCsv.write(dir, "2019-04-cumbria-street.csv", StreetCsv.crimes(7, "a", "2019-04", CUMBRIA));
        new StoreFixture(storeFile).ingest(january, april);
    }

    private List<CoverageRow> list(Optional<String> force, Optional<YearMonth> from, Optional<YearMonth> to) throws StoreException {
        try (Store store = Store.open(storeFile, StoreFixture.CATALOGUE)) {
            return new CoverageQuery(store).list(force, from, to);
        }
    }

    @Test
    void has_one_row_per_territorial_force_and_month_between_the_first_and_last_loaded() throws Exception {
        List<CoverageRow> rows = list(Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(rows).hasSize(43 * 4);
        Set<String> codes = StoreFixture.CATALOGUE.forces().territorial().stream().map(Force::code).collect(Collectors.toSet());
        assertThat(rows.stream().map(CoverageRow::forceCode).collect(Collectors.toSet())).isEqualTo(codes);
        assertThat(rows.stream().map(CoverageRow::month).distinct()).containsExactly(
                YearMonth.of(2019, 1), YearMonth.of(2019, 2), YearMonth.of(2019, 3), YearMonth.of(2019, 4));
        assertThat(rows).filteredOn(r -> !r.forceCode().equals("E23000002"))
                .allSatisfy(r -> {
                    assertThat(r.records()).isZero();
                    assertThat(r.status()).isEqualTo(CoverageStatus.MISSING);
                    assertThat(r.reason()).isEqualTo("no file loaded for this force and month");
                });
    }

    @Test
    void lists_one_force_with_its_missing_months_at_zero_records() throws Exception {
        List<CoverageRow> rows = list(Optional.of("E23000002"), Optional.empty(), Optional.empty());

        String tooFew = "file loaded; only 1 surrounding months with data, too few to judge its volume";
        assertThat(rows).containsExactly(
                new CoverageRow("police-uk", "E23000002", YearMonth.of(2019, 1), 5, CoverageStatus.COMPLETE, tooFew),
                new CoverageRow("police-uk", "E23000002", YearMonth.of(2019, 2), 0, CoverageStatus.MISSING, "no file loaded for this force and month"),
                new CoverageRow("police-uk", "E23000002", YearMonth.of(2019, 3), 0, CoverageStatus.MISSING, "no file loaded for this force and month"),
                new CoverageRow("police-uk", "E23000002", YearMonth.of(2019, 4), 7, CoverageStatus.COMPLETE, tooFew));
    }

    @Test
    void filters_by_month_range_inclusive() throws Exception {
        List<CoverageRow> rows = list(Optional.of("E23000002"), Optional.of(YearMonth.of(2019, 2)), Optional.of(YearMonth.of(2019, 4)));

        assertThat(rows).extracting(r -> r.month() + " " + r.records()).containsExactly("2019-02 0", "2019-03 0", "2019-04 7");
        assertThat(list(Optional.empty(), Optional.of(YearMonth.of(2019, 4)), Optional.empty())).hasSize(43);
        assertThat(list(Optional.empty(), Optional.empty(), Optional.of(YearMonth.of(2018, 12)))).isEmpty();
    }

    @Test
    void an_empty_store_has_no_coverage() throws Exception {
        try (Store store = Store.open(dir.resolve("empty.duckdb"), StoreFixture.CATALOGUE)) {
            assertThat(new CoverageQuery(store).list(Optional.empty(), Optional.empty(), Optional.empty())).isEmpty();
        }
    }
}
