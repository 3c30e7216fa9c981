package uk.org.ncpm.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class FormatDetectorTest {

    private static final String BOM = "\uFEFF";

    /** Header lines as the publishers print them, typed from the files in ../shared/data and the README. */
    static Stream<Arguments> headers() {
        return Stream.of(
                Arguments.of("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
                        + "Crime type,Last outcome category,Context", SourceFormat.POLICE_UK_STREET),
                Arguments.of("Financial Year,Financial Quarter,Force Name,Offence Description,Offence Group,"
                        + "Offence Subgroup,Offence Code,Number of Offences", SourceFormat.HOME_OFFICE_PRC),
                Arguments.of("Financial Year,Financial Quarter,Force Name,Offence Group,Number of Offences,Population",
                        SourceFormat.PRC_ROLLUP),
                Arguments.of("code,name,MYE2018,SNHP2017", SourceFormat.POPULATION),
                Arguments.of("CODE,NAME,MYE2019", SourceFormat.POPULATION),
                Arguments.of("Police Force,Mid 2001,Mid 2002,Mid 2003,", SourceFormat.POPULATION),
                Arguments.of("metric,area_code,period_start,period_end,value,lower,upper,unit,source,note",
                        SourceFormat.TIDY_METRIC));
    }

    private static Optional<SourceFormat> detect(String text) {
        return FormatDetector.detect(text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("headers")
    void recognises_each_csv_format_by_its_header_line(String header, SourceFormat format) {
        assertThat(detect(header + "\na,b,c\n")).contains(format);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("headers")
    void recognises_a_header_after_a_utf8_byte_order_mark_and_with_crlf_line_ends(String header, SourceFormat format) {
        assertThat(detect(BOM + header + "\r\na,b,c\r\n")).contains(format);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("headers")
    void recognises_a_file_that_is_only_its_header_without_a_line_end(String header, SourceFormat format) {
        assertThat(detect(header)).contains(format);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {
            "offence_group,year,rate",
            "metric,area_code,period_start,period_end,value,lower,upper,unit,source",
            "metric,area_code,period_start,period_end,value,lower,upper,unit,source,note,extra",
            "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category",
            "code,name,SNHP2017",
            "Police Force,2001",
            "Financial Year,Financial Quarter,Force Name",
            "",
            "not a table at all"})
    void recognises_nothing_from_an_unknown_header(String header) {
        assertThat(detect(header + "\r\n1,2,3\r\n")).isEmpty();
    }

    @Test
    void only_the_first_line_decides() {
        // A tidy header on line 2 does not make a tidy file.
        assertThat(detect("title of the table\r\nmetric,area_code,period_start,period_end,value,lower,upper,unit,source,note\r\n"))
                .isEmpty();
    }

    @Test
    void the_first_line_drops_the_byte_order_mark_and_the_carriage_return() {
        assertThat(FormatDetector.firstLine((BOM + "a,b,c\r\nd,e,f\r\n").getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("a,b,c");
    }

    @Test
    void an_ooxml_workbook_is_the_ons_force_area_tables() throws IOException {
        Map<String, String> xlsx = new LinkedHashMap<>();
        xlsx.put("[Content_Types].xml", "<Types/>");
        xlsx.put("xl/workbook.xml", "<workbook/>");

        assertThat(FormatDetector.detect(zip(xlsx))).contains(SourceFormat.ONS_PFA_TABLES);
    }

    @Test
    void a_workbook_whose_first_part_is_under_xl_is_the_ons_force_area_tables() throws IOException {
        assertThat(FormatDetector.detect(zip(Map.of("xl/worksheets/sheet1.xml", "<worksheet/>"))))
                .contains(SourceFormat.ONS_PFA_TABLES);
    }

    @Test
    void an_open_document_spreadsheet_is_the_home_office_recorded_crime_tables() throws IOException {
        Map<String, String> ods = new LinkedHashMap<>();
        ods.put("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
        ods.put("content.xml", "<office:document-content/>");

        assertThat(FormatDetector.detect(zip(ods))).contains(SourceFormat.HOME_OFFICE_PRC);
    }

    @Test
    void an_open_document_text_is_not_a_table() throws IOException {
        Map<String, String> odt = new LinkedHashMap<>();
        odt.put("mimetype", "application/vnd.oasis.opendocument.text");
        odt.put("content.xml", "<office:document-content/>");

        assertThat(FormatDetector.detect(zip(odt))).isEmpty();
    }

    @Test
    void a_zip_of_something_else_is_not_a_table() throws IOException {
        assertThat(FormatDetector.detect(zip(Map.of("notes/readme.txt", "hello")))).isEmpty();
    }

    @Test
    void a_workbook_cut_short_after_its_first_part_is_still_recognised() throws IOException {
        Map<String, String> xlsx = new LinkedHashMap<>();
        xlsx.put("[Content_Types].xml", "<Types/>" + "x".repeat(5000));
        xlsx.put("xl/workbook.xml", "<workbook/>");
        // Local file header (30 bytes) + the 19-byte name is all the detector needs: cut at 60 bytes.
        byte[] head = Arrays.copyOf(zip(xlsx), 60);

        assertThat(FormatDetector.detect(head)).contains(SourceFormat.ONS_PFA_TABLES);
    }

    @Test
    void the_zip_signature_alone_is_not_a_table() {
        assertThat(FormatDetector.detect(new byte[] {'P', 'K', 3, 4})).isEmpty();
        assertThat(FormatDetector.detect(new byte[] {'P', 'K'})).isEmpty();
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
