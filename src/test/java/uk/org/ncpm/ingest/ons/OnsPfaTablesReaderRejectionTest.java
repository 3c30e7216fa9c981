package uk.org.ncpm.ingest.ons;

import org.junit.jupiter.api.Test;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.ingest.IngestException;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files the reader refuses, and what it says: file, row ("line"), column, expected and found. */
class OnsPfaTablesReaderRejectionTest {

    private final OnsPfaTablesReader reader = new OnsPfaTablesReader(Catalogue.bundled());

    @Test
    void rejects_text_in_a_number_cell_naming_file_row_column_and_text() {
        byte[] bytes = SmallPfaWorkbook.p1()
                .row("E23000013", "Cleveland", 68509, "fourteen", 605, 3923, 3933, 527)
                .bytes();

        assertThatThrownBy(() -> reader.read("ye-june-2019.xlsx", bytes))
                .isInstanceOf(IngestException.class)
                .hasMessage("file ye-june-2019.xlsx, line 6, column Homicide: sheet 'Table P1', cell D6: expected a "
                        + "count of offences or a not-available marker ([x], [c], [z], [low], .., :, -, NA, n/a, * or blank), found text 'fourteen'");
    }

    @Test
    void rejects_a_negative_or_fractional_count() {
        byte[] bytes = SmallPfaWorkbook.p1().row("E23000013", "Cleveland", 68509, 14.5, 605, 3923, 3933, 527).bytes();

        assertThatThrownBy(() -> reader.read("f.xlsx", bytes))
                .hasMessageEndingWith("cell D6: expected a whole number of offences (0 or more), found 14.5");
    }

    @Test
    void rejects_an_unknown_area_name() {
        byte[] bytes = SmallPfaWorkbook.p1()
                .row("E23000013", "Cleveland", 68509, 14, 605, 3923, 3933, 527)
                .row(null, "Narnia Constabulary", 1, 1, 1, 1, 1, 1)
                .bytes();

        assertThatThrownBy(() -> reader.read("f.xlsx", bytes))
                .isInstanceOf(IngestException.class)
                .hasMessage("file f.xlsx, line 7, column Area Name: sheet 'Table P1', cell B7: unknown area "
                        + "'Narnia Constabulary'; expected a police force area, an English region, England, Wales or "
                        + "England and Wales (or a body set aside such as British Transport Police)");
    }

    @Test
    void rejects_an_unknown_area_code() {
        byte[] bytes = SmallPfaWorkbook.p1().row("E23000099", "Cleveland", 1, 1, 1, 1, 1, 1).bytes();

        assertThatThrownBy(() -> reader.read("f.xlsx", bytes))
                .hasMessageStartingWith("file f.xlsx, line 6, column Area Code: sheet 'Table P1', cell A6: "
                        + "unknown area code 'E23000099' for 'Cleveland'");
    }

    @Test
    void rejects_a_code_that_contradicts_the_name() {
        byte[] bytes = SmallPfaWorkbook.p1().row("E23000014", "Leicestershire", 1, 1, 1, 1, 1, 1).bytes();

        assertThatThrownBy(() -> reader.read("f.xlsx", bytes))
                .hasMessageEndingWith("cell B6: area code E23000014 is West Midlands Police, but the name reads 'Leicestershire'");
    }

    @Test
    void rejects_an_area_listed_twice() {
        byte[] bytes = SmallPfaWorkbook.p1()
                .row("E23000013", "Cleveland", 1, 1, 1, 1, 1, 1)
                .row("E23000013", "Cleveland", 2, 2, 2, 2, 2, 2)
                .bytes();

        assertThatThrownBy(() -> reader.read("f.xlsx", bytes))
                .hasMessageEndingWith("cell B7: area E23000013 ('Cleveland') appears twice in the table, also at row 6");
    }

    @Test
    void rejects_a_workbook_without_table_p1() {
        byte[] bytes = new SmallPfaWorkbook()
                .sheet("Notes", "Crime in England & Wales, year ending June 2019 - PFA tables")
                .sheet("Table P2", "Table P2: Police recorded crime by offence group and police force area, "
                        + "percentage change, year ending June 2018 compared with year ending June 2019")
                .header(true, SmallPfaWorkbook.P1_HEADINGS)
                .row("E23000013", "Cleveland", 1, 2, 3, 4, 5, 6)
                .bytes();

        assertThatThrownBy(() -> reader.read("p2-only.xlsx", bytes))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("file p2-only.xlsx: no Table P1 (police recorded crime by offence group and "
                        + "police force area, number of offences) found: expected a sheet titled like 'Table P1:")
                .hasMessageEndingWith("sheets: 'Notes' (Crime in England & Wales, year ending June 2019 - PFA tables), "
                        + "'Table P2' (Table P2: Police recorded crime by offence group and police force area…)");
    }

    @Test
    void rejects_table_p1_without_an_expected_column() {
        byte[] bytes = new SmallPfaWorkbook().sheet("Table P1", SmallPfaWorkbook.P1_TITLE)
                .header(true, List.of("Homicide", "Robbery", "Residential burglary", "Theft from the person"))
                .row("E23000013", "Cleveland", 14, 605, 3923, 527)
                .bytes();

        assertThatThrownBy(() -> reader.read("f.xlsx", bytes))
                .isInstanceOf(IngestException.class)
                .hasMessage("file f.xlsx, line 2, column Vehicle offences: sheet 'Table P1', header row 2: expected a "
                        + "column headed 'Vehicle offences' in Table P1 (police recorded crime by offence group and police "
                        + "force area, number of offences), found columns: Homicide, Robbery, Residential burglary, "
                        + "Theft from the person");
    }

    @Test
    void rejects_a_title_without_a_quarter_end_period() {
        byte[] bytes = new SmallPfaWorkbook().sheet("Table P1", "Table P1: Police recorded crime by offence group and "
                        + "police force area, number of offences, year ending May 2019")
                .header(true, SmallPfaWorkbook.P1_HEADINGS).row("E23000013", "Cleveland", 1, 1, 1, 1, 1, 1).bytes();

        assertThatThrownBy(() -> reader.read("f.xlsx", bytes))
                .hasMessage("file f.xlsx: sheet 'Table P1', title: expected a year ending March, June, September "
                        + "or December, found year ending May 2019");
    }

    @Test
    void rejects_bytes_that_are_not_an_xlsx_workbook() {
        byte[] csv = "Crime ID,Month\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read("street.csv", csv))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("file street.csv: not a readable .xlsx workbook");
    }
}
