package uk.org.ncpm.ingest.homeoffice;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import org.junit.jupiter.api.Test;
import uk.org.ncpm.ingest.IngestException;
import uk.org.ncpm.ingest.Observation;
import uk.org.ncpm.ingest.TableContent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.org.ncpm.ingest.homeoffice.PrcOpenDataReaderTest.find;

/** The .ods edition: one sheet per financial year, counts as numbers, built here with SODS. */
class PrcOpenDataReaderOdsTest {

    private static final Object[] HEADER = {"Financial Year", "Financial Quarter", "Force Name", "Offence Description",
            "Offence Group", "Offence Subgroup", "Offence Code", "Number of Offences"};

    private final PrcOpenDataReader reader = new PrcOpenDataReader();

    @Test
    void reads_every_year_sheet_and_skips_the_cover_sheet() throws Exception {
        byte[] ods = ods(
                sheet("Cover sheet", new Object[] {"Police recorded crime open data tables"}),
                sheet("2017-18", new Object[] {"Police force area: 2017/18"}, HEADER,
                        row("2017/18", 1.0, "Kent", "Homicide", "Violence against the person", "Homicide", "1/4.1/4.10/4.2", 2.0),
                        row("2017/18", 1.0, "Kent", "Theft from vehicle", "Theft offences", "Theft from a vehicle", 45.0, 300.0),
                        row("2017/18", 1.0, "Action Fraud", "Fraud offences recorded by Action Fraud", "Fraud offences",
                                "Fraud: action fraud", "AF", 60000.0)),
                sheet("2018-19", HEADER,
                        row("2018/19", 4.0, "Kent", "Aggravated vehicle taking", "Theft offences", "Theft of a motor vehicle",
                                37.2, 4.0)));

        TableContent content = reader.read("prc.ods", ods);

        Observation homicide = find(content, "homicide", "E23000032", LocalDate.of(2017, 4, 1));
        assertThat(homicide.value()).hasValue(2);
        assertThat(homicide.location()).isEqualTo("sheet '2017-18', row 3");
        Observation vehicle = find(content, "vehicle-offences", "E23000032", LocalDate.of(2019, 1, 1));
        assertThat(vehicle.value()).hasValue(4);
        assertThat(vehicle.periodEnd()).isEqualTo(LocalDate.of(2019, 3, 31));
        assertThat(vehicle.location()).isEqualTo("sheet '2018-19', row 2");
        assertThat(find(content, "total-recorded-crime", "E23000032", LocalDate.of(2017, 4, 1)).value()).hasValue(302);
        assertThat(content.setAside()).isEqualTo(Map.of("Action Fraud", 1L));
        assertThat(content.notes()).contains("sheet 'Cover sheet' skipped: no header row with 'Force Name' in its first 10 rows");
    }

    @Test
    void rejects_text_in_a_number_cell_naming_sheet_row_and_column() throws Exception {
        byte[] ods = ods(sheet("2017-18", HEADER,
                row("2017/18", 2.0, "Kent", "Shoplifting", "Theft offences", "Shoplifting", 46.0, 10.0),
                row("2017/18", 2.0, "Kent", "Theft from the person", "Theft offences", "Theft from the person", 39.0, "some")));

        assertThatThrownBy(() -> reader.read("prc.ods", ods)).isInstanceOf(IngestException.class)
                .hasMessage("file prc.ods, sheet '2017-18', row 3, column Number of Offences: expected a whole number "
                        + "of offences or a not-available marker ([x], [c], [z], [low], .., :, -, NA, n/a, * or blank), found 'some'");
    }

    @Test
    void rejects_a_missing_column_on_a_sheet() throws Exception {
        byte[] ods = ods(sheet("2017-18",
                new Object[] {"Financial Year", "Financial Quarter", "Force Name", "Offence Group", "Offence Code"},
                row("2017/18", 2.0, "Kent", "Theft offences", 46.0)));

        assertThatThrownBy(() -> reader.read("prc.ods", ods)).isInstanceOf(IngestException.class)
                .hasMessage("file prc.ods, sheet '2017-18', row 1, column Number of Offences: missing column "
                        + "'Number of Offences'; the header has Financial Year, Financial Quarter, Force Name, "
                        + "Offence Group, Offence Code");
    }

    @Test
    void rejects_an_unknown_force_on_a_sheet() throws Exception {
        byte[] ods = ods(sheet("2017-18", HEADER,
                row("2017/18", 1.0, "Kent County", "Shoplifting", "Theft offences", "Shoplifting", 46.0, 10.0)));

        assertThatThrownBy(() -> reader.read("prc.ods", ods)).isInstanceOf(IngestException.class)
                .hasMessageStartingWith("file prc.ods, sheet '2017-18', row 2, column Force Name: unknown force 'Kent County';");
    }

    @Test
    void rejects_the_same_force_quarter_on_two_sheets() throws Exception {
        Object[] kent = row("2017/18", 1.0, "Kent", "Shoplifting", "Theft offences", "Shoplifting", 46.0, 10.0);
        byte[] ods = ods(sheet("2017-18", HEADER, kent), sheet("2017-18 revised", HEADER, kent));

        assertThatThrownBy(() -> reader.read("prc.ods", ods)).isInstanceOf(IngestException.class)
                .hasMessage("file prc.ods, sheet '2017-18 revised', row 2, column Financial Year: Kent 2017/18 Q1 is "
                        + "already on sheet '2017-18'; a quarter must not be read twice");
    }

    @Test
    void treats_a_spreadsheet_with_no_sheets_as_an_error() throws IOException {
        byte[] empty = zip(Map.of("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                "content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                        + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" office:version=\"1.2\">"
                        + "<office:body><office:spreadsheet/></office:body></office:document-content>"));

        assertThatThrownBy(() -> reader.read("empty.ods", empty)).isInstanceOf(IngestException.class)
                .hasMessage("file empty.ods: no sheets read: the .ods reader found no sheet in the file");
    }

    @Test
    void recognises_an_ods_by_its_column_names() throws Exception {
        byte[] ods = ods(sheet("2017-18", HEADER));
        byte[] other = ods(sheet("Table P1", new Object[] {"Area Code", "Area Name"}));

        assertThat(PrcOpenDataReader.recognises(ods)).isTrue();
        assertThat(PrcOpenDataReader.recognises(other)).isFalse();
        assertThat(PrcRollUpReader.recognises(ods)).isFalse();
    }

    private static Object[] row(Object... cells) {
        return cells;
    }

    private static Sheet sheet(String name, Object[]... rows) {
        int columns = java.util.Arrays.stream(rows).mapToInt(r -> r.length).max().orElse(1);
        Sheet sheet = new Sheet(name, rows.length, columns);
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                sheet.getRange(r, c).setValue(rows[r][c]);
            }
        }
        return sheet;
    }

    private static byte[] ods(Sheet... sheets) throws IOException {
        SpreadSheet spreadsheet = new SpreadSheet();
        List.of(sheets).forEach(spreadsheet::appendSheet);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        spreadsheet.save(out);
        return out.toByteArray();
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : List.of("mimetype", "content.xml")) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(entries.get(name).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
