package uk.org.ncpm.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.sample.SmallSampleStore;
import uk.org.ncpm.store.Store;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A release's frozen content: the sample store's snapshot as of a year, written and read back equal. */
class SnapshotDocumentTest {

    private static final YearMonth DECEMBER_2020 = YearMonth.of(2020, 12);
    private static Snapshot whole;
    private static Snapshot asOfDecember;

    @BeforeAll
    static void readTheSmallSample() throws Exception {
        try (Store store = Store.open(SmallSampleStore.path(), Catalogue.bundled())) {
            whole = Snapshot.of(store);
            asOfDecember = Snapshot.of(store, Catalogue.bundled(), DECEMBER_2020);
        }
    }

    /** Equal, or the first difference shown in its context. */
    private static void assertSameText(String what, String actual, String expected) {
        int at = 0;
        while (at < Math.min(actual.length(), expected.length()) && actual.charAt(at) == expected.charAt(at)) {
            at++;
        }
        assertThat(actual.substring(Math.max(0, at - 200), Math.min(actual.length(), at + 200))).as(what)
                .isEqualTo(expected.substring(Math.max(0, at - 200), Math.min(expected.length(), at + 200)));
        assertThat(actual).as(what).hasSameSizeAs(expected);
    }

    private static String json(byte[] document) throws java.io.IOException {
        return new String(new GZIPInputStream(new ByteArrayInputStream(document)).readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void a_snapshot_reads_back_equal_to_what_was_written() throws Exception {
        byte[] bytes = SnapshotDocument.bytes(whole);
        Snapshot read = SnapshotDocument.read(bytes);
        assertThat(read.figures()).isEqualTo(whole.figures());
        assertThat(read.sourceFiles()).isEqualTo(whole.sourceFiles());
        assertThat(read.officerNumbers()).isEqualTo(whole.officerNumbers());
        assertThat(read.diagnostics().coverage()).isEqualTo(whole.diagnostics().coverage());
        // funnel limits and control charts are classes without equals: the document is a fixed point, and the pages are the same
        String again = json(SnapshotDocument.bytes(read));
        String first = json(bytes);
        assertSameText("the document", again, first);
        for (String page : new String[] {"/", "/forces/gwent", "/forces/lancashire", "/measures/neighbourhood-crime",
                "/api/v1/forces/gwent/diagnostics.json", "/api/v1/figures.csv"}) {
            try (RunningSite written = RunningSite.of(whole); RunningSite readBack = RunningSite.of(read)) {
                assertSameText(page, readBack.get(page, "*/*").body(), written.get(page, "*/*").body());
            }
        }
    }

    @Test
    void a_snapshot_as_of_a_year_holds_nothing_of_a_later_month() throws Exception {
        assertThat(asOfDecember.figures()).isNotEmpty().allSatisfy(f -> assertThat(f.periodEnd()).isBeforeOrEqualTo(DECEMBER_2020));
        assertThat(asOfDecember.diagnostics().byForce()).hasSize(43)
                .allSatisfy((code, d) -> assertThat(d.period().lastMonth()).isEqualTo(DECEMBER_2020));
        // the source files' own spans are provenance (a table of 2015 to 2021 holds the year to December 2020), not figures
        String json = json(SnapshotDocument.bytes(new Snapshot(asOfDecember.figures(), true, asOfDecember.diagnostics(),
                java.util.Map.of(), asOfDecember.officerNumbers())));
        Matcher months = Pattern.compile("\"(20\\d\\d-\\d\\d)(-\\d\\d)?").matcher(json);
        int seen = 0;
        while (months.find()) {
            seen++;
            if (months.group(2) != null && java.time.LocalDate.parse(months.group(1) + months.group(2)).equals(java.time.LocalDate.now())) {
                continue; // when the files were ingested and the figures computed: today, not a period
            }
            assertThat(YearMonth.parse(months.group(1))).as(json.substring(Math.max(0, months.start() - 300), months.end()))
                    .isBeforeOrEqualTo(DECEMBER_2020);
        }
        assertThat(seen).isGreaterThan(1000);
        assertThat(SnapshotDocument.read(SnapshotDocument.bytes(asOfDecember)).figures()).isEqualTo(asOfDecember.figures());
    }
}
