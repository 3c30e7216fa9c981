package uk.org.ncpm.ingest.homeoffice;

import org.junit.jupiter.api.Test;
import uk.org.ncpm.ingest.IngestException;
import uk.org.ncpm.ingest.Observation;
import uk.org.ncpm.ingest.TableContent;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.org.ncpm.ingest.homeoffice.PrcOpenDataReaderTest.find;

class PrcRollUpReaderTest {

    static final String HEADER = "Financial Year,Financial Quarter,Force Name,Offence Group,Number of Offences,Population\r\n";

    /**
     * Kent has robbery and theft in both quarters of 2002/03 shown, Dorset only theft in Q2 (robbery: a
     * dropped zero) and no rows at all in Q1 (not available); Kent's fraud appears only in Q1.
     */
    static final String ROLL_UP = HEADER
            + "2002/03,1,Kent,Fraud offences,40,1600000\r\n"
            + "2002/03,1,Kent,Robbery,300,1600000\r\n"
            + "2002/03,1,Kent,Theft offences,5000,1600000\r\n"
            + "2002/03,2,Kent,Robbery,280,1600000\r\n"
            + "2002/03,2,Kent,Theft offences,4900,1600000\r\n"
            + "2002/03,2,Dorset,Theft offences,2,700000.5\r\n"
            + "2002/03,2,Dorset,Theft offences,1500,700000.5\r\n";

    private static final LocalDate Q1 = LocalDate.of(2002, 4, 1);
    private static final LocalDate Q2 = LocalDate.of(2002, 7, 1);
    private static final String KENT = "E23000032";
    private static final String DORSET = "E23000039";

    private final PrcRollUpReader reader = new PrcRollUpReader();

    @Test
    void loads_each_row_as_a_quarterly_offence_group_count_labelled_as_third_party() throws IngestException {
        Observation robbery = find(read(ROLL_UP), "group-robbery", KENT, Q1);

        assertThat(robbery.value()).hasValue(300);
        assertThat(robbery.periodEnd()).isEqualTo(LocalDate.of(2002, 6, 30));
        assertThat(robbery.unit()).isEqualTo("count");
        assertThat(robbery.location()).isEqualTo("line 3");
        assertThat(robbery.note()).isEqualTo(
                "third-party roll-up of Home Office open data tables (dm2-hill), not an official publication");
    }

    @Test
    void a_group_missing_from_a_force_quarter_with_other_rows_is_a_dropped_zero() throws IngestException {
        Observation robbery = find(read(ROLL_UP), "group-robbery", DORSET, Q2);

        assertThat(robbery.value()).hasValue(0);
        assertThat(robbery.location()).isEqualTo("no row; this force and quarter: lines 7-8 (2 rows)");
        assertThat(robbery.note()).endsWith("; zero: no row for this group where the force's quarter has other rows "
                + "(the roll-up dropped zero-count rows)");
    }

    @Test
    void a_force_quarter_without_any_row_is_not_available_rather_than_zero() throws IngestException {
        TableContent content = read(ROLL_UP);

        for (String series : List.of("group-robbery", "group-theft-offences", "group-fraud-offences", "group-all")) {
            Observation o = find(content, series, DORSET, Q1);
            assertThat(o.isAvailable()).as(series).isFalse();
            assertThat(o.marker()).isEqualTo(Optional.of("no rows"));
            assertThat(o.location()).isEqualTo("no rows for this force and quarter");
        }
        assertThat(content.notes()).contains("Dorset Police: not available (no rows) for 1 quarters: 2002/03 Q1");
    }

    @Test
    void a_group_is_stored_only_within_the_quarters_it_appears_in() throws IngestException {
        TableContent content = read(ROLL_UP);

        assertThat(content.observations()).filteredOn(o -> o.seriesId().equals("group-fraud-offences"))
                .allMatch(o -> o.periodStart().equals(Q1));
        assertThat(content.notes()).contains("group-fraud-offences is in the roll-up only from 2002/03 Q1 to 2002/03 Q1; "
                + "nothing stored outside");
    }

    @Test
    void repeated_rows_for_a_force_quarter_and_group_are_summed() throws IngestException {
        Observation theft = find(read(ROLL_UP), "group-theft-offences", DORSET, Q2);

        assertThat(theft.value()).hasValue(1502);
        assertThat(theft.location()).isEqualTo("lines 7-8 (2 rows)");
        assertThat(theft.note()).endsWith("; sum of 2 rows for the same force, quarter and offence group");
    }

    @Test
    void group_all_sums_every_group_but_fraud() throws IngestException {
        Observation all = find(read(ROLL_UP), "group-all", KENT, Q1);

        assertThat(all.value()).hasValue(5300);
        assertThat(all.location()).isEqualTo("lines 3-4 (2 rows)");
        assertThat(all.note()).endsWith("; sum of the offence groups other than fraud offences");
    }

    @Test
    void covers_every_territorial_force_for_every_quarter_of_the_file() throws IngestException {
        TableContent content = read(ROLL_UP);

        // 43 forces x 2 quarters x (robbery, theft, all) + 43 x fraud in Q1
        assertThat(content.observations()).hasSize(43 * 2 * 3 + 43);
        // Kent: 2 quarters x 3 + fraud in Q1; Dorset: Q2 only
        assertThat(content.observations()).filteredOn(Observation::isAvailable).hasSize(2 * 3 + 1 + 3);
    }

    @Test
    void does_not_store_the_population_column() throws IngestException {
        TableContent content = read(ROLL_UP);

        assertThat(content.observations()).noneMatch(o -> o.seriesId().equals("population"));
        assertThat(content.notes()).anyMatch(n -> n.startsWith("Population column not stored"));
    }

    @Test
    void rejects_a_missing_column_naming_it() {
        String noGroup = "Financial Year,Financial Quarter,Force Name,Number of Offences\n2002/03,1,Kent,5\n";

        assertThatThrownBy(() -> read(noGroup)).isInstanceOf(IngestException.class)
                .hasMessage("file rollup.csv, line 1, column Offence Group: missing column 'Offence Group'; "
                        + "the header has Financial Year, Financial Quarter, Force Name, Number of Offences");
    }

    @Test
    void rejects_text_in_a_number_cell() {
        String text = HEADER + "2002/03,1,Kent,Robbery,300,1600000\r\n2002/03,1,Kent,Theft offences,lots,1600000\r\n";

        assertThatThrownBy(() -> read(text)).isInstanceOf(IngestException.class)
                .hasMessage("file rollup.csv, line 3, column Number of Offences: expected a whole number of offences, "
                        + "found 'lots'");
    }

    @Test
    void rejects_an_unknown_force_and_an_unknown_group() {
        assertThatThrownBy(() -> read(HEADER + "2002/03,1,Kent & Medway,Robbery,3,1\r\n"))
                .hasMessageStartingWith("file rollup.csv, line 2, column Force Name: unknown force 'Kent & Medway';");
        assertThatThrownBy(() -> read(HEADER + "2002/03,1,Kent,Cyber crime,3,1\r\n"))
                .hasMessage("file rollup.csv, line 2, column Offence Group: unknown offence group 'Cyber crime'; "
                        + "expected one with a series group-cyber-crime in catalogue/series.csv");
    }

    @Test
    void recognises_the_roll_up_header_and_not_the_open_data_table() {
        assertThat(PrcRollUpReader.recognises(ROLL_UP.getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(PrcRollUpReader.recognises(PrcOpenDataReaderTest.TABLE.getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void names_group_series_by_slug() {
        assertThat(PrcRollUpReader.seriesOf("Violence against the person")).isEqualTo("group-violence-against-the-person");
        assertThat(PrcRollUpReader.seriesOf("Criminal damage and arson")).isEqualTo("group-criminal-damage-and-arson");
    }

    private TableContent read(String csv) throws IngestException {
        return reader.read("rollup.csv", csv.getBytes(StandardCharsets.UTF_8));
    }
}
