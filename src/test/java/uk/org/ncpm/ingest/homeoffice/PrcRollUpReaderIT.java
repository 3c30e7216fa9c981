package uk.org.ncpm.ingest.homeoffice;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.org.ncpm.ingest.Observation;
import uk.org.ncpm.ingest.TableContent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static uk.org.ncpm.ingest.homeoffice.PrcOpenDataReaderTest.find;

/**
 * The real third-party roll-up (../shared/data/home-office-prc/prc-offence-group-by-quarter-2002-03_2023-24.csv).
 * Values typed from the file, with the grep or awk that shows them.
 */
class PrcRollUpReaderIT {

    static final Path FILE = Path.of("../shared/data/home-office-prc/prc-offence-group-by-quarter-2002-03_2023-24.csv");
    private static final String DEVON_AND_CORNWALL = "E23000035";

    private static TableContent content;

    @BeforeAll
    static void read() throws Exception {
        assumeTrue(Files.exists(FILE), "shared data not present: " + FILE);
        byte[] bytes = Files.readAllBytes(FILE);
        assertThat(PrcRollUpReader.recognises(bytes)).isTrue();
        assertThat(PrcOpenDataReader.recognises(bytes)).isFalse();
        content = new PrcRollUpReader().read(FILE.toString(), bytes);
    }

    /*
     * grep -n '^2002/03,1,Avon & Somerset,Criminal' …   2:2002/03,1,Avon & Somerset,Criminal damage and arson,6263,1500159
     * grep -n '^2019/20,1,Metropolitan Police,Violence' 28461:…,Violence against the person,55432,8880978
     * grep -n '^2023/24,4,Wiltshire,Robbery'            35937:2023/24,4,Wiltshire,Robbery,44,758878.6648930134
     * grep -n '^2023/24,3,Devon & Cornwall,Theft'       35237:…,Theft offences,6666,1663982.4176134565
     */
    @Test
    void force_quarter_group_values_equal_the_file() {
        assertValue("group-criminal-damage-and-arson", "E23000036", 2002, 4, 6263, "line 2");
        assertValue("group-violence-against-the-person", "E23000001", 2019, 4, 55432, "line 28461");
        assertValue("group-robbery", "E23000038", 2024, 1, 44, "line 35937");
        assertValue("group-theft-offences", DEVON_AND_CORNWALL, 2023, 10, 6666, "line 35237");
    }

    /*
     * awk -F, '$1=="2018/19" && $2==2 && $3=="Cleveland" {s+=$5} END {print s}'                           16908
     * awk -F, '$1=="2019/20" && $2==1 && $3=="Metropolitan Police" && $4!="Fraud offences" {s+=$5} END …'  228880
     */
    @Test
    void group_all_is_the_sum_of_the_non_fraud_groups() {
        assertValue("group-all", "E23000013", 2018, 7, 16908, "lines 27112-27120 (9 rows)");
        assertThat(find(content, "group-all", "E23000001", LocalDate.of(2019, 4, 1)).value()).hasValue(228880);
    }

    /* grep -c '^2022/23,[34],Devon & Cornwall' … 0; grep -c '^2023/24,[12],Devon & Cornwall' … 0 */
    @Test
    void devon_and_cornwall_2022_23_q3_to_2023_24_q2_is_not_available_not_zero() {
        for (LocalDate start : List.of(LocalDate.of(2022, 10, 1), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 4, 1),
                LocalDate.of(2023, 7, 1))) {
            for (String series : List.of("group-theft-offences", "group-robbery", "group-all")) {
                assertThat(find(content, series, DEVON_AND_CORNWALL, start).isAvailable()).as(series + " " + start).isFalse();
            }
        }
        assertThat(find(content, "group-theft-offences", DEVON_AND_CORNWALL, LocalDate.of(2022, 7, 1)).value()).isPresent();
        assertThat(content.notes()).contains(
                "Devon and Cornwall Police: not available (no rows) for 4 quarters: 2022/23 Q3 to 2023/24 Q2");
        assertThat(content.observations()).filteredOn(o -> !o.isAvailable()).hasSize(4 * 10)
                .allMatch(o -> o.areaCode().equals(DEVON_AND_CORNWALL));
    }

    /* grep -n '^2002/03,2,"London, City of",Theft' …   660: …,2,7280   661: …,1747,7280 */
    @Test
    void city_of_london_repeated_theft_rows_are_summed() {
        assertValue("group-theft-offences", "E23000034", 2002, 7, 1749, "lines 660-661 (2 rows)");
    }

    /* grep -n '^2012/13,4,Durham,' … lines 18609-18617: nine groups, no Fraud offences row */
    @Test
    void a_group_dropped_within_a_force_quarter_is_zero() {
        Observation fraud = find(content, "group-fraud-offences", "E23000008", LocalDate.of(2013, 1, 1));

        assertThat(fraud.value()).hasValue(0);
        assertThat(fraud.location()).isEqualTo("no row; this force and quarter: lines 18609-18617 (9 rows)");
    }

    /* grep -n '^2013/14,3,.*Fraud' …  19841:2013/14,3,Greater Manchester,Fraud offences,2,2713572 (the last fraud row) */
    @Test
    void force_recorded_fraud_stops_after_2013_14_q3() {
        assertThat(content.observations()).filteredOn(o -> o.seriesId().equals("group-fraud-offences"))
                .allMatch(o -> o.periodStart().isBefore(LocalDate.of(2013, 10, 2)))
                .hasSize(43 * 47);
    }

    /* awk -F, 'NR>1 {print $1","$2}' … | sort -u | wc -l   88 quarters; 43 force names */
    @Test
    void covers_43_forces_and_88_quarters_with_every_figure_labelled_third_party() {
        assertThat(content.observations().stream().map(Observation::areaCode).distinct()).hasSize(43);
        assertThat(content.observations().stream().map(Observation::periodStart).distinct()).hasSize(88);
        // 43 forces x 88 quarters x (9 groups + group-all), plus fraud in its 47 quarters
        assertThat(content.observations()).hasSize(43 * 88 * 10 + 43 * 47)
                .allMatch(o -> o.note().startsWith(PrcRollUpReader.PROVENANCE))
                .allMatch(o -> o.unit().equals("count"));
        assertThat(content.setAside()).isEmpty();
    }

    private static void assertValue(String series, String area, int year, int month, long value, String location) {
        Observation o = find(content, series, area, LocalDate.of(year, month, 1));
        assertThat(o.value()).as(series + " " + area).hasValue(value);
        assertThat(o.location()).isEqualTo(location);
    }
}
