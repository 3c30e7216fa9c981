package uk.org.ncpm.ingest.workforce;

import org.junit.jupiter.api.Test;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.ingest.IngestException;
import uk.org.ncpm.ingest.Observation;
import uk.org.ncpm.ingest.TableContent;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.org.ncpm.ingest.workforce.WorkforceTableFile.FIRST_FORCE_ROW;
import static uk.org.ncpm.ingest.workforce.WorkforceTableFile.SEPTEMBER;
import static uk.org.ncpm.ingest.workforce.WorkforceTableFile.ods;

/** Table 1 crafted with SODS: what is read, and every refusal with file, sheet, row and column. */
class WorkforceReaderTest {

    private final PoliceWorkforceReader reader = new PoliceWorkforceReader(Catalogue.bundled());

    @Test
    void reads_the_forces_and_england_and_wales_at_each_date() throws Exception {
        byte[] file = ods(rows -> rows);

        TableContent content = reader.read("t.ods", file);

        assertThat(PoliceWorkforceReader.recognises(file)).isTrue();
        assertThat(content.observations()).hasSize(44 * 2);
        // Cleveland is the catalogue's first force: 1000 and 1010
        Observation cleveland = find(content, "E23000013");
        assertThat(cleveland.value()).hasValue(1010);
        assertThat(cleveland.unit()).isEqualTo("FTE");
        assertThat(cleveland.location()).isEqualTo("sheet 'Table_1', row 6, column C");
        assertThat(find(content, "K04000001").value()).hasValue(43 * 1010 + 903);
        assertThat(content.setAside()).isEqualTo(Map.of("Central Service Secondments", 1L, "British Transport Police", 1L));
        assertThat(content.edition()).isEqualTo("Home Office police workforce tables, 30 September 2019 edition");
    }

    @Test
    void west_midlands_heading_its_forces_is_the_region_and_after_them_the_force() throws Exception {
        TableContent content = reader.read("t.ods", ods(rows -> {
            int staffordshire = indexOf(rows, "Staffordshire");
            rows.add(staffordshire, new Object[] {"West Midlands ", 1.0, 2.0});
            return rows;
        }));

        // the force keeps its own row's value; the region row is checked against its four forces, not stored
        assertThat(find(content, "E23000014").value()).hasValue(1010 + indexOf(WorkforceTableFile.rows(), "West Midlands")
                - (FIRST_FORCE_ROW - 1));
        assertThat(content.observations()).hasSize(44 * 2);
        assertThat(content.notes()).anyMatch(n -> n.startsWith("region 'West Midlands' at 30 September 2019: 2.0 published"));
    }

    @Test
    void a_national_total_unlike_the_sum_of_forces_is_kept_as_published_and_said() throws Exception {
        int total = FIRST_FORCE_ROW - 1 + 43;
        TableContent content = reader.read("t.ods", ods(rows -> {
            rows.set(total, new Object[] {"Total 43 forces", 1.0, 2.0});
            return rows;
        }));

        Observation national = find(content, "K04000001");
        assertThat(national.value()).hasValue(2);
        assertThat(national.footnotes()).anyMatch(f -> f.startsWith("at 30 September 2019 the published total 2.0 differs from "
                + "the sum of the 43 forces, 44,333.0"));
        assertThat(content.notes()).anyMatch(n -> n.contains("differs"));
    }

    @Test
    void refuses_text_in_a_value_cell_naming_file_sheet_row_and_column() {
        assertThatThrownBy(() -> reader.read("t.ods", ods(rows -> {
            rows.set(FIRST_FORCE_ROW + 1, new Object[] {"Durham", 1000.0, "n/a"});
            return rows;
        }))).isInstanceOf(IngestException.class)
                .hasMessage("file t.ods, sheet 'Table_1', row 8, column C: expected a number of full-time equivalent police "
                        + "officers for 'Durham' as at 2019-09-30, found 'n/a'");
    }

    @Test
    void refuses_a_row_that_is_no_force_region_or_total() {
        assertThatThrownBy(() -> reader.read("t.ods", ods(rows -> {
            rows.add(FIRST_FORCE_ROW, new Object[] {"Police Scotland", 1.0, 2.0});
            return rows;
        }))).isInstanceOf(IngestException.class)
                .hasMessageStartingWith("file t.ods, sheet 'Table_1', row 7, column A: 'Police Scotland' is not a police force area");
    }

    @Test
    void refuses_a_force_twice() {
        assertThatThrownBy(() -> reader.read("t.ods", ods(rows -> {
            rows.add(FIRST_FORCE_ROW, new Object[] {"Cleveland", 1.0, 2.0});
            return rows;
        }))).isInstanceOf(IngestException.class)
                .hasMessage("file t.ods, sheet 'Table_1', row 7, column A: Cleveland Police appears twice in the table");
    }

    @Test
    void refuses_a_table_without_every_force() {
        assertThatThrownBy(() -> reader.read("t.ods", ods(rows -> {
            rows.remove(FIRST_FORCE_ROW - 1);
            return rows;
        }))).isInstanceOf(IngestException.class)
                .hasMessage("file t.ods, sheet 'Table_1': expected a row for each of the 43 territorial forces; missing: Cleveland Police");
    }

    @Test
    void refuses_a_table_without_its_national_total() {
        int total = FIRST_FORCE_ROW - 1 + 43;
        assertThatThrownBy(() -> reader.read("t.ods", ods(rows -> {
            rows.remove(total);
            return rows;
        }))).isInstanceOf(IngestException.class)
                .hasMessage("file t.ods, sheet 'Table_1': expected a row 'Total 43 forces' (England and Wales)");
    }

    @Test
    void refuses_the_headcount_table() {
        assertThatThrownBy(() -> reader.read("t.ods", ods(rows -> {
            rows.set(2, new Object[] {"England and Wales", "", "", "Headcount"});
            return rows;
        }))).isInstanceOf(IngestException.class)
                .hasMessageStartingWith("file t.ods, sheet 'Table_1': expected the unit 'Full-time equivalents'");
    }

    @Test
    void refuses_a_date_column_without_a_date() {
        assertThatThrownBy(() -> reader.read("t.ods", ods(rows -> {
            rows.set(4, new Object[] {"", "Mar-19", "Sep-19"});
            return rows;
        }))).isInstanceOf(IngestException.class)
                .hasMessage("file t.ods, sheet 'Table_1', row 5, column B: expected the date of the first 'As at:' column, found 'Mar-19'");
    }

    @Test
    void refuses_a_date_outside_the_window_of_published_tables() {
        assertThatThrownBy(() -> reader.read("t.ods", ods(rows -> {
            rows.set(4, new Object[] {"", java.time.LocalDate.of(2999, 3, 31), SEPTEMBER});
            return rows;
        }))).isInstanceOf(IngestException.class)
                .hasMessageStartingWith("file t.ods, sheet 'Table_1', row 5, column B: expected a date from 2000-01 to ")
                .hasMessageEndingWith("found 2999-03-31");
    }

    @Test
    void refuses_a_workbook_without_table_1() throws Exception {
        byte[] other = WorkforceTableFile.ods("Table_2", List.<Object[]>of(new Object[] {"Table 2: Police staff"}));

        assertThat(PoliceWorkforceReader.recognises(other)).isFalse();
        assertThatThrownBy(() -> reader.read("t.ods", other)).isInstanceOf(IngestException.class)
                .hasMessageStartingWith("file t.ods: no sheet has the title 'Table 1: Police officers by police force area");
    }

    private static int indexOf(List<Object[]> rows, String label) {
        for (int i = 0; i < rows.size(); i++) {
            if (label.equals(rows.get(i)[0])) {
                return i;
            }
        }
        throw new AssertionError("no row " + label);
    }

    private static Observation find(TableContent content, String area) {
        return content.observations().stream().filter(o -> o.areaCode().equals(area) && o.periodEnd().equals(SEPTEMBER))
                .findFirst().orElseThrow();
    }
}
