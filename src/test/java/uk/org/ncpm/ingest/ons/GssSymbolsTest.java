package uk.org.ncpm.ingest.ons;

import org.junit.jupiter.api.Test;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.ingest.IngestException;
import uk.org.ncpm.ingest.Observation;
import uk.org.ncpm.ingest.TableCells;
import uk.org.ncpm.ingest.TableContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The Government Statistical Service symbols of current ONS tables, in the police force area tables. */
class GssSymbolsTest {

    private final OnsPfaTablesReader reader = new OnsPfaTablesReader(Catalogue.bundled());

    @Test
    void reads_suppressed_and_low_reliability_cells_and_note_marks_on_names() throws IngestException {
        TableContent content = reader.read("f.xlsx", SmallPfaWorkbook.p1()
                .row("E23000002", "Cumbria [note 3]", 25000, "[c]", "120 [u]", "[x]", "[z]", "[low]")
                .text("Source: Police recorded crime, Home Office")
                .text("3. Cumbria changed its crime recording system.")
                .bytes());

        assertThat(find(content, "homicide").marker()).hasValue("[c]");
        Observation robbery = find(content, "robbery");
        assertThat(robbery.value()).hasValue(120);
        assertThat(robbery.footnotes()).contains(TableCells.LOW_RELIABILITY);
        assertThat(find(content, "domestic-burglary").marker()).hasValue("[x]");
        assertThat(find(content, "vehicle-offences").marker()).hasValue("[z]");
        assertThat(find(content, "theft-from-the-person").marker()).hasValue("[low]");
        assertThat(find(content, "total-recorded-crime").footnotes()).contains("Cumbria changed its crime recording system.");
    }

    @Test
    void still_refuses_any_other_text_with_sheet_row_and_column() {
        assertThatExceptionOfType(IngestException.class).isThrownBy(() -> reader.read("f.xlsx", SmallPfaWorkbook.p1()
                        .row("E23000002", "Cumbria", 25000, "[y]", 1, 2, 3, 4).bytes()))
                .withMessageContaining("line 6, column Homicide: sheet 'Table P1', cell D6: expected a count of offences or a "
                        + "not-available marker").withMessageEndingWith("found text '[y]'");
    }

    private static Observation find(TableContent content, String series) {
        return content.observations().stream().filter(o -> o.seriesId().equals(series) && o.areaCode().equals("E23000002"))
                .findFirst().orElseThrow(() -> new AssertionError("no " + series + " in " + content.observations()));
    }
}
