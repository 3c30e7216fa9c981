package uk.org.ncpm.ingest.homeoffice;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.org.ncpm.ingest.Observation;
import uk.org.ncpm.ingest.TableContent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real 2017/18 open data table (../shared/data/home-office-prc/prc-pfa-2017-18.csv). Expected
 * values were computed by hand from the CSV with awk, commands beside them ({@code $NF} is the count,
 * {@code $(NF-1)} the offence code: descriptions hold quoted commas, so columns are counted from the
 * end), and annual sums were checked against a second, published source (ONS table P1).
 */
class PrcOpenDataReaderIT {

    static final Path FILE = Path.of("../shared/data/home-office-prc/prc-pfa-2017-18.csv");
    private static final String MET = "E23000001";
    private static final String GREATER_MANCHESTER = "E23000005";
    private static final String DORSET = "E23000039";
    private static final String WEST_MIDLANDS = "E23000014";
    private static final String CLEVELAND = "E23000013";

    private static TableContent content;

    @BeforeAll
    static void read() throws Exception {
        assumeTrue(Files.exists(FILE), "shared data not present: " + FILE);
        byte[] bytes = Files.readAllBytes(FILE);
        assertThat(PrcOpenDataReader.recognises(bytes)).isTrue();
        assertThat(PrcRollUpReader.recognises(bytes)).isFalse();
        content = new PrcOpenDataReader().read(FILE.toString(), bytes);
    }

    /*
     * awk -F, -v f="Metropolitan Police" '$3==f && $(NF-1)=="1/4.1/4.10/4.2" {s[$2]+=$NF}
     *     END {for (q=1;q<=4;q++) print q, s[q]}' prc-pfa-2017-18.csv
     * Metropolitan Police 48 26 34 49; Greater Manchester 33 15 15 26 (Q1 includes the Manchester Arena
     * attack, May 2017); Dorset 1 1 1 0 (Q4 holds a -1 row); West Midlands 7 15 6 13.
     */
    @Test
    void quarterly_homicide_equals_the_hand_computed_sums() {
        assertThat(quarters("homicide", MET)).containsExactly(48, 26, 34, 49);
        assertThat(quarters("homicide", GREATER_MANCHESTER)).containsExactly(33, 15, 15, 26);
        assertThat(quarters("homicide", DORSET)).containsExactly(1, 1, 1, 0);
        assertThat(quarters("homicide", WEST_MIDLANDS)).containsExactly(7, 15, 6, 13);
    }

    /*
     * awk -F, -v f="Metropolitan Police" '$3==f && $(NF-1)~/^(45|48|37\.2|126)$/ {s[$2]+=$NF}
     *     END {for (q=1;q<=4;q++) print q, s[q]}' prc-pfa-2017-18.csv
     */
    @Test
    void quarterly_vehicle_offences_equal_the_hand_computed_sums() {
        assertThat(quarters("vehicle-offences", MET)).containsExactly(25988, 24933, 27122, 27209);
        assertThat(quarters("vehicle-offences", GREATER_MANCHESTER)).containsExactly(7278, 7977, 7883, 7702);
        assertThat(quarters("vehicle-offences", DORSET)).containsExactly(971, 952, 1010, 854);
        assertThat(quarters("vehicle-offences", WEST_MIDLANDS)).containsExactly(8889, 9304, 9047, 9334);
    }

    /*
     * awk -F, '$3=="Metropolitan Police" && $(NF-1)=="34B" {print $2, $NF}'              6931 7721 8432 7349
     * awk -F, '$3=="Metropolitan Police" && $(NF-1)=="92A" {print $2, $NF}'              586 733 741 748
     * awk -F, '$3=="Metropolitan Police" && $(NF-1)~/^(28[A-H]|29A?)$/ {s[$2]+=$NF} ...' 12260 12724 16399 15691
     */
    @Test
    void other_neighbourhood_and_drug_series_equal_the_hand_computed_sums() {
        assertThat(quarters("personal-robbery", MET)).containsExactly(6931, 7721, 8432, 7349);
        assertThat(quarters("drug-trafficking", MET)).containsExactly(586, 733, 741, 748);
        assertThat(quarters("domestic-burglary", MET)).containsExactly(12260, 12724, 16399, 15691);
    }

    /*
     * A published, independent check of the mapping: ONS "Police force area data tables, year ending
     * March 2018" (../shared/data/ons-pfa-tables/policeforceareatablesyearendingmarch2018v2.xlsx), Table P1,
     * rows Cleveland and Dorset: total recorded crime excluding fraud 57222 / 49115, homicide 3 / 3,
     * residential burglary 4329 / 2805, vehicle offences 4396 / 3787, theft from the person 488 / 520.
     * (Forces whose figures were revised after that edition, e.g. Greater Manchester homicide 88 there
     * and 89 here, are not used.) Also: awk -F, '$3=="Cleveland" {s+=$NF} END {print s}' gives 57222.
     */
    @Test
    void annual_sums_equal_the_ons_force_table_for_the_year_ending_march_2018() {
        assertThat(year("total-recorded-crime", CLEVELAND)).isEqualTo(57222);
        assertThat(year("homicide", CLEVELAND)).isEqualTo(3);
        assertThat(year("domestic-burglary", CLEVELAND)).isEqualTo(4329);
        assertThat(year("vehicle-offences", CLEVELAND)).isEqualTo(4396);
        assertThat(year("theft-from-the-person", CLEVELAND)).isEqualTo(488);
        assertThat(year("total-recorded-crime", DORSET)).isEqualTo(49115);
        assertThat(year("homicide", DORSET)).isEqualTo(3);
        assertThat(year("domestic-burglary", DORSET)).isEqualTo(2805);
        assertThat(year("vehicle-offences", DORSET)).isEqualTo(3787);
        assertThat(year("theft-from-the-person", DORSET)).isEqualTo(520);
    }

    /*
     * awk -F, '$3=="British Transport Police"' prc-pfa-2017-18.csv | wc -l    524
     * awk -F, '$3=="Action Fraud"' … 4; CIFAS 4; UK Finance 3 + Financial Fraud Action UK 1 (the same body).
     */
    @Test
    void sets_aside_british_transport_police_and_the_fraud_reporting_bodies() {
        assertThat(content.setAside()).isEqualTo(Map.of("British Transport Police", 524L, "Action Fraud", 4L,
                "CIFAS", 4L, "UK Finance", 4L));
    }

    @Test
    void has_eight_series_for_each_of_the_43_forces_in_four_quarters_and_nothing_national() {
        assertThat(content.observations()).hasSize(43 * 4 * 8).allMatch(Observation::isAvailable)
                .allMatch(o -> o.unit().equals("count"));
        assertThat(content.observations()).extracting(Observation::areaCode).doesNotContain("K04000001");
        assertThat(content.observations()).extracting(o -> o.seriesId() + " " + o.areaCode() + " " + o.periodStart())
                .doesNotHaveDuplicates();
        assertThat(content.observations().stream().map(Observation::areaCode).distinct()).hasSize(43);
        assertThat(content.observations().stream().map(Observation::periodStart).distinct()).containsExactlyInAnyOrder(
                LocalDate.of(2017, 4, 1), LocalDate.of(2017, 7, 1), LocalDate.of(2017, 10, 1), LocalDate.of(2018, 1, 1));
    }

    /* awk -F, '$3=="Avon and Somerset" && $2==1 && $(NF-1)=="1/4.1/4.10/4.2" {print NR}'   60 61 62 63 */
    @Test
    void locates_each_figure_by_its_lines() {
        Observation homicide = PrcOpenDataReaderTest.find(content, "homicide", "E23000036", LocalDate.of(2017, 4, 1));

        assertThat(homicide.location()).isEqualTo("lines 60-63 (4 rows)");
        assertThat(homicide.value()).hasValue(2);
    }

    private static int[] quarters(String series, String area) {
        return content.observations().stream().filter(o -> o.seriesId().equals(series) && o.areaCode().equals(area))
                .sorted(java.util.Comparator.comparing(Observation::periodStart))
                .mapToInt(o -> (int) o.value().orElseThrow()).toArray();
    }

    private static int year(String series, String area) {
        return java.util.Arrays.stream(quarters(series, area)).sum();
    }
}
