package uk.org.ncpm.store;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two official sources for the same figures, loaded in one run: the Home Office open data table
 * for 2017/18 (four quarters per force) and the ONS police force area tables for the year ending
 * March 2018 (the same 12 months). Summed over the quarters, the first must give the second.
 * Forces checked are ones whose figures were not revised between the two publications (the ONS
 * edition is later for some forces, e.g. Greater Manchester homicide 88 in ONS P1 against 89 in
 * the open data table).
 */
class PublishedTablesAgreeIT {

    private static final Path DATA = Path.of("..", "shared", "data");

    @TempDir
    static Path dir;
    static StoreFixture store;

    @BeforeAll
    static void loadBothSources() throws Exception {
        assumeTrue(Files.isDirectory(DATA), "../shared/data is absent");
        store = new StoreFixture(dir.resolve("ncpm.duckdb"));
        store.commit(DATA.resolve("home-office-prc/prc-pfa-2017-18.csv"),
                DATA.resolve("ons-pfa-tables/policeforceareatablesyearendingmarch2018v2.xlsx"));
    }

    @Test
    void quarterly_recorded_crime_adds_up_to_the_ons_year_ending_march_2018() throws Exception {
        // Values typed from ONS Table P1, year ending March 2018 (v2): Cleveland homicide 3, residential
        // burglary 4329, theft from the person 488, vehicle offences 4396; Dorset 3, 2805, 520, 3787.
        assertThat(store.query("""
                SELECT area_code, metric, sum(value) FILTER (WHERE period_end - period_start < 100) AS quarters,
                       max(value) FILTER (WHERE period_end - period_start > 300) AS ons_year
                FROM current_observation
                WHERE area_code IN ('E23000013', 'E23000039') AND period_end <= DATE '2018-03-31'
                  AND period_start >= DATE '2017-04-01'
                  AND metric IN ('homicide', 'domestic-burglary', 'theft-from-the-person', 'vehicle-offences')
                GROUP BY ALL ORDER BY area_code, metric""")).containsExactly(
                "E23000013 domestic-burglary 4329.0 4329.0",
                "E23000013 homicide 3.0 3.0",
                "E23000013 theft-from-the-person 488.0 488.0",
                "E23000013 vehicle-offences 4396.0 4396.0",
                "E23000039 domestic-burglary 2805.0 2805.0",
                "E23000039 homicide 3.0 3.0",
                "E23000039 theft-from-the-person 520.0 520.0",
                "E23000039 vehicle-offences 3787.0 3787.0");
    }

    @Test
    void the_two_sources_stay_separate_vintages_with_their_own_periods() throws Exception {
        // ONS: the edition's year ending March 2018, and Table P5's knife crime for the years ending March 2011 to 2017
        assertThat(store.query("SELECT kind, count(*) FROM source_file GROUP BY kind ORDER BY kind"))
                .containsExactly("home-office-prc 1", "ons-pfa-tables 1");
        assertThat(store.query("""
                SELECT f.kind, count(DISTINCT (o.period_start, o.period_end))
                FROM observation o JOIN source_file f ON f.id = o.source_file_id GROUP BY ALL ORDER BY 1"""))
                .containsExactly("home-office-prc 4", "ons-pfa-tables 8");
    }
}
