package uk.org.ncpm.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.measures.FigureQuery;
import uk.org.ncpm.store.Store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The metric added by following docs/adding-a-metric.md, possession of weapons offences, computed end
 * to end from the real files of ../shared/data (the six ONS editions, the Home Office 2017/18 table,
 * the mid-2018 populations) through the command line; skipped when the folder is absent. Expected
 * values are the published cells, read from the files independently of the product (Python's zipfile
 * on the XLSX XML, csv on the Home Office table).
 */
class PossessionOfWeaponsIT {

    private static final Path DATA = Path.of("..", "shared", "data");
    private static final String METRIC = "possession-of-weapons";
    private static final String EW = "K04000001";
    private static final String CLEVELAND = "E23000013";
    private static final YearMonth BASELINE = YearMonth.of(2019, 6);

    @TempDir
    static Path folder;

    static Path store;
    static CliRun ingest;
    static CliRun compute;

    @BeforeAll
    static void loadTheTablesAndCompute() {
        if (!Files.isDirectory(DATA)) {
            return;
        }
        store = folder.resolve("ncpm.duckdb");
        ingest = CliRun.of("ingest", "--store", store.toString(), DATA.resolve("ons-pfa-tables").toString(),
                DATA.resolve("home-office-prc/prc-pfa-2017-18.csv").toString(), DATA.resolve("population").toString());
        compute = CliRun.of("compute", "--store", store.toString());
    }

    @BeforeEach
    void needsTheSharedData() {
        assumeTrue(Files.isDirectory(DATA), "shared data not present: " + DATA.toAbsolutePath().normalize());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        assertThat(compute.exitCode()).as(compute.err()).isZero();
    }

    @Test
    void england_and_wales_in_the_baseline_year_is_the_sum_of_the_43_forces_beside_the_ons_total() throws Exception {
        Figure national = baseline(EW);

        // ONS P1, year ending June 2019, column "Possession of weapons offences": the 43 force rows sum to
        // 45,794; the England and Wales row (K04000001) gives 46,956, British Transport Police included
        assertThat(national.value()).hasValue(45_794);
        assertThat(national.published()).hasValue(46_956);
        assertThat(national.excludedForces()).isEmpty();
    }

    @Test
    void a_force_has_its_count_and_the_rate_ons_publishes() throws Exception {
        Figure cleveland = baseline(CLEVELAND);

        // ONS P1 year ending June 2019: Cleveland 470; ONS P3 (rate per 1,000 residents): 0.827875811582511
        assertThat(cleveland.value()).hasValue(470);
        assertThat(cleveland.rate().getAsDouble()).isCloseTo(0.8279, within(0.0005));
    }

    @Test
    void the_home_office_quarters_of_2017_18_add_up_to_the_ons_year_ending_march_2018() {
        CliRun observations = CliRun.of("observations", "--store", store.toString(), "--metric", METRIC,
                "--area", CLEVELAND, "--format", "csv");

        assertThat(observations.exitCode()).as(observations.err()).isZero();
        double quarters = observations.out().lines().filter(line -> line.contains("prc-pfa-2017-18.csv"))
                .mapToDouble(line -> Double.parseDouble(CsvLine.split(line).get(4))).sum();
        long count = observations.out().lines().filter(line -> line.contains("prc-pfa-2017-18.csv")).count();
        // offence group "Possession of weapons offences" of prc-pfa-2017-18.csv, four quarters; ONS P1 year
        // ending March 2018 (policeforceareatablesyearendingmarch2018v2.xlsx): Cleveland 323
        assertThat(count).isEqualTo(4);
        assertThat(quarters).isEqualTo(323);
    }

    private static Figure baseline(String area) throws Exception {
        try (Store opened = Store.open(store, Catalogue.bundled())) {
            List<Figure> figures = new FigureQuery(opened).list(Optional.of(METRIC), Optional.of(area), Optional.empty());
            return figures.stream().filter(f -> f.source().equals("ons-pfa-tables") && f.periodEnd().equals(BASELINE))
                    .findFirst().orElseThrow();
        }
    }
}
