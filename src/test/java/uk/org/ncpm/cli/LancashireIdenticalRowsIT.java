package uk.org.ncpm.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.store.Store;
import uk.org.ncpm.store.StreetCountQuery;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.ncpm.cli.PoliceUkArchives.LANCASHIRE_LEICESTERSHIRE_2019_12_TO_2022_10;

/**
 * Lancashire's real data.police.uk files repeat whole rows (2020-03, 2020-07, 2020-10 and 2020-12 hold hundreds
 * each): the product counts each once, and its count equals one taken independently with Python's csv module.
 */
class LancashireIdenticalRowsIT {

    private static final String LANCASHIRE = "E23000003";
    private static final YearMonth FIRST = YearMonth.of(2020, 10);
    private static final YearMonth LAST = YearMonth.of(2021, 9);

    @TempDir
    static Path folder;

    static Path store;

    @BeforeAll
    static void ingestTheArchive() {
        if (!PoliceUkArchives.present()) {
            return;
        }
        store = folder.resolve("ncpm.duckdb");
        CliRun run = CliRun.of("ingest", "--store", store.toString(), LANCASHIRE_LEICESTERSHIRE_2019_12_TO_2022_10.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @BeforeEach
    void skipWithoutTheArchives() {
        PoliceUkArchives.assumePresent();
    }

    /*
     * The oracle, for the year ending September 2021 (2020-10 to 2021-09, every month present):
     *
     * python3 -c 'import csv, io, zipfile
     * z = zipfile.ZipFile("../shared/data/police-uk/street-2019-12_2022-10-lancashire-leicestershire.zip")
     * ms = ["2020-10","2020-11","2020-12"] + ["2021-%02d" % m for m in range(1, 10)]
     * published = identical = 0
     * for m in ms:
     *     seen = set()
     *     for r in list(csv.reader(io.TextIOWrapper(z.open(f"{m}/{m}-lancashire-street.csv"), encoding="utf-8-sig",
     *                                               newline="")))[1:]:
     *         if r and r[0]:
     *             published += 1; identical += tuple(r) in seen; seen.add(tuple(r))
     * print(published, identical, published - identical)'
     * → 137092 1386 135706   (2020-10: 612, 2020-12: 769, five other months 1 each)
     */
    @Test
    void the_year_ending_september_2021_drops_1386_identical_rows_as_counted_independently() {
        CliRun run = CliRun.of("coverage", "--store", store.toString(), "--format", "csv", "--force", LANCASHIRE,
                "--from", FIRST.toString(), "--to", LAST.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<CoverageCsv> months = CoverageCsv.parse(run.out());

        assertThat(months).hasSize(12).allSatisfy(m -> assertThat(m.status()).isEqualTo("complete"));
        assertThat(months.stream().mapToLong(CoverageCsv::duplicatesDropped).sum()).isEqualTo(1386);
        assertThat(months.stream().mapToLong(CoverageCsv::records).sum()).isEqualTo(135_706);
        assertThat(months).filteredOn(m -> m.month().equals(FIRST)).singleElement()
                .satisfies(m -> assertThat(m.duplicatesDropped()).isEqualTo(612));
    }

    @Test
    void the_counts_behind_figures_and_location_shares_count_each_identical_row_once() throws Exception {
        try (Store opened = Store.open(store, Catalogue.bundled())) {
            StreetCountQuery query = new StreetCountQuery(opened);
            long figures = query.list().stream().filter(c -> c.forceCode().equals(LANCASHIRE) && inYear(c.month()))
                    .mapToLong(StreetCountQuery.Count::crimes).sum();
            long located = query.located().stream().filter(c -> c.forceCode().equals(LANCASHIRE) && inYear(c.month()))
                    .mapToLong(StreetCountQuery.Located::crimes).sum();

            assertThat(figures).isEqualTo(135_706);
            assertThat(located).isEqualTo(135_706);
        }
    }

    private static boolean inYear(YearMonth month) {
        return !month.isBefore(FIRST) && !month.isAfter(LAST);
    }
}
