package uk.org.ncpm.ingest.homeoffice;

import org.junit.jupiter.api.Test;
import uk.org.ncpm.ingest.IngestException;
import uk.org.ncpm.ingest.Observation;
import uk.org.ncpm.ingest.TableContent;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrcOpenDataReaderTest {

    static final String HEADER = "Financial Year,Financial Quarter,Force Name,Offence Description,Offence Group,"
            + "Offence Subgroup,Offence Code,Number of Offences\n";

    /** Rows as in prc-pfa-2017-18.csv: padded counts, "-00" zeros, four homicide rows, bodies that are not forces. */
    static final String TABLE = HEADER
            + "2017/18,1,Action Fraud,Fraud offences recorded by Action Fraud,Fraud offences,Fraud: action fraud,AF, 66776 \n"
            + "2017/18,1,Avon & Somerset,Homicide,Violence against the person,Homicide,1/4.1/4.10/4.2,-00 \n"
            + "2017/18,1,Avon & Somerset,Homicide,Violence against the person,Homicide,1/4.1/4.10/4.2, 1 \n"
            + "2017/18,1,Avon & Somerset,Homicide,Violence against the person,Homicide,1/4.1/4.10/4.2, 1 \n"
            + "2017/18,1,Avon & Somerset,Homicide,Violence against the person,Homicide,1/4.1/4.10/4.2,-00 \n"
            + "2017/18,1,Avon & Somerset,Theft from vehicle,Theft offences,Theft from a vehicle,45, 1234 \n"
            + "2017/18,1,Avon & Somerset,Shoplifting,Theft offences,Shoplifting,46, 900 \n"
            + "2017/18,2,\"London, City of\",\"Disclosure, obstruction, false or misleading statements etc\","
            + "Miscellaneous crimes,Miscellaneous crimes,95,-1 \n"
            + "2017/18,2,\"London, City of\",Bigamy,Miscellaneous crimes,Miscellaneous crimes,26, 3 \n"
            + "2017/18,2,Metropolitan Police,Interfering with a motor vehicle,Theft offences,Vehicle interference,126, 30 \n"
            + "2017/18,2,British Transport Police,Theft from the person,Theft offences,Theft from the person,39, 1400 \n"
            + "2017/18,2,Financial Fraud Action UK,Fraud offences recorded by Financial Fraud Action UK,Fraud offences,"
            + "Fraud: Financial Fraud Action UK,FFA UK, 5000 \n";

    private final PrcOpenDataReader reader = new PrcOpenDataReader();

    @Test
    void sums_offence_code_rows_into_quarterly_series_per_force() throws IngestException {
        TableContent content = read(TABLE);

        Observation homicide = find(content, "homicide", "E23000036", LocalDate.of(2017, 4, 1));
        assertThat(homicide.value()).hasValue(2);
        assertThat(homicide.periodEnd()).isEqualTo(LocalDate.of(2017, 6, 30));
        assertThat(homicide.unit()).isEqualTo("count");
        assertThat(homicide.location()).isEqualTo("lines 3-6 (4 rows)");
        assertThat(homicide.note()).isEqualTo("Home Office police recorded crime open data tables (police force area); "
                + "offence codes 1/4.1/4.10/4.2, 1, 4.1, 4.10, 4.2");
        Observation vehicle = find(content, "vehicle-offences", "E23000036", LocalDate.of(2017, 4, 1));
        assertThat(vehicle.value()).hasValue(1234);
        assertThat(vehicle.location()).isEqualTo("line 7");
        assertThat(find(content, "total-recorded-crime", "E23000036", LocalDate.of(2017, 4, 1)).value()).hasValue(2136);
        assertThat(find(content, "vehicle-offences", "E23000001", LocalDate.of(2017, 7, 1)).value()).hasValue(30);
    }

    @Test
    void keeps_a_negative_row_as_published_within_its_quarter() throws IngestException {
        Observation cityTotal = find(read(TABLE), "total-recorded-crime", "E23000034", LocalDate.of(2017, 7, 1));

        assertThat(cityTotal.value()).hasValue(2);
        assertThat(cityTotal.location()).isEqualTo("lines 9-10 (2 rows)");
    }

    @Test
    void a_row_marked_not_available_makes_its_quarter_not_available_with_the_marker() throws IngestException {
        TableContent content = read(HEADER
                + "2017/18,1,Cumbria,Homicide,Violence against the person,Homicide,1/4.1/4.10/4.2,2\n"
                + "2017/18,1,Cumbria,Homicide,Violence against the person,Homicide,1/4.1/4.10/4.2,[x]\n");

        Observation homicide = find(content, "homicide", "E23000002", LocalDate.of(2017, 4, 1));
        assertThat(homicide.value()).isEmpty();
        assertThat(homicide.marker()).hasValue("[x]");
        assertThat(homicide.location()).isEqualTo("lines 2-3 (2 rows)");
    }

    @Test
    void refuses_a_quarter_whose_rows_add_up_to_fewer_than_no_offences() {
        String table = HEADER + "2017/18,2,\"London, City of\",Bigamy,Miscellaneous crimes,Miscellaneous crimes,26,-3 \n";

        assertThatExceptionOfType(IngestException.class).isThrownBy(() -> read(table)).withMessage("file prc.csv, line 2, "
                + "column Number of Offences: the rows for total-recorded-crime, E23000034, 2017/18 Q2 (line 2) add up to -3; "
                + "expected a count of zero or more");
    }

    @Test
    void stores_only_series_whose_codes_the_file_has_for_that_force_and_quarter() throws IngestException {
        TableContent content = read(TABLE);

        assertThat(content.observations()).extracting(Observation::seriesId, Observation::areaCode).containsExactly(
                org.assertj.core.groups.Tuple.tuple("homicide", "E23000036"),
                org.assertj.core.groups.Tuple.tuple("total-recorded-crime", "E23000036"),
                org.assertj.core.groups.Tuple.tuple("vehicle-offences", "E23000036"),
                org.assertj.core.groups.Tuple.tuple("total-recorded-crime", "E23000034"),
                org.assertj.core.groups.Tuple.tuple("vehicle-offences", "E23000001"),
                org.assertj.core.groups.Tuple.tuple("total-recorded-crime", "E23000001"));
        assertThat(content.observations()).noneMatch(o -> o.areaCode().equals("K04000001"));
    }

    @Test
    void sets_aside_bodies_that_are_not_territorial_forces_by_name() throws IngestException {
        assertThat(read(TABLE).setAside()).isEqualTo(Map.of(
                "Action Fraud", 1L, "British Transport Police", 1L, "UK Finance", 1L));
    }

    @Test
    void rejects_a_missing_column_naming_it() {
        String noCode = "Financial Year,Financial Quarter,Force Name,Offence Description,Offence Group,"
                + "Offence Subgroup,Number of Offences\n2017/18,1,Kent,Shoplifting,Theft offences,Shoplifting, 5 \n";

        assertThatThrownBy(() -> read(noCode)).isInstanceOf(IngestException.class)
                .hasMessage("file prc.csv, line 1, column Offence Code: missing column 'Offence Code'; the header has "
                        + "Financial Year, Financial Quarter, Force Name, Offence Description, Offence Group, "
                        + "Offence Subgroup, Number of Offences");
    }

    @Test
    void rejects_text_in_a_number_cell_with_line_and_column() {
        String text = HEADER + "2017/18,1,Kent,Shoplifting,Theft offences,Shoplifting,46, 5 \n"
                + "2017/18,1,Kent,Theft from the person,Theft offences,Theft from the person,39,twelve\n";

        assertThatThrownBy(() -> read(text)).isInstanceOf(IngestException.class)
                .hasMessage("file prc.csv, line 3, column Number of Offences: expected a whole number of offences "
                        + "or a not-available marker ([x], [c], [z], [low], .., :, -, NA, n/a, * or blank), found 'twelve'");
    }

    @Test
    void rejects_an_unknown_force_name_with_its_value() {
        String unknown = HEADER + "2017/18,1,Gotham,Shoplifting,Theft offences,Shoplifting,46, 5 \n";

        assertThatThrownBy(() -> read(unknown)).isInstanceOf(IngestException.class)
                .hasMessage("file prc.csv, line 2, column Force Name: unknown force 'Gotham'; expected a territorial "
                        + "force of England and Wales (e.g. 'Avon and Somerset') or a body whose rows are set aside "
                        + "(British Transport Police, Police Service of Northern Ireland, Action Fraud, CIFAS, UK Finance)");
    }

    @Test
    void counts_unmapped_codes_in_total_recorded_crime_only() throws IngestException {
        String newCode = HEADER + "2017/18,3,Kent,Some new offence,Miscellaneous crimes,Miscellaneous crimes,999Z, 7 \n";

        assertThat(read(newCode).observations()).singleElement().satisfies(o -> {
            assertThat(o.seriesId()).isEqualTo("total-recorded-crime");
            assertThat(o.value()).hasValue(7);
            assertThat(o.periodStart()).isEqualTo(LocalDate.of(2017, 10, 1));
        });
    }

    @Test
    void recognises_the_open_data_header_and_not_the_roll_up() {
        assertThat(PrcOpenDataReader.recognises(TABLE.getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(PrcOpenDataReader.recognises(PrcRollUpReaderTest.HEADER.getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(PrcOpenDataReader.recognises("Crime ID,Month\n".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    private TableContent read(String csv) throws IngestException {
        return reader.read("prc.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    static Observation find(TableContent content, String series, String area, LocalDate start) {
        return content.observations().stream()
                .filter(o -> o.seriesId().equals(series) && o.areaCode().equals(area) && o.periodStart().equals(start))
                .findFirst().orElseThrow(() -> new AssertionError("no " + series + " for " + area + " from " + start));
    }
}
