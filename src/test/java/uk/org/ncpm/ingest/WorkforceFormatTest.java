package uk.org.ncpm.ingest;

import org.junit.jupiter.api.Test;
import uk.org.ncpm.ingest.workforce.WorkforceTableFile;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An .ods is the police workforce tables only when its content holds Table 1 (title and "Total 43
 * forces"): the head of the file cannot tell, so the whole file decides.
 */
class WorkforceFormatTest {

    @Test
    void the_workforce_tables_are_recognised_from_the_whole_file() throws Exception {
        byte[] file = WorkforceTableFile.ods(rows -> rows);

        assertThat(FormatDetector.detect(file)).hasValue(SourceFormat.HOME_OFFICE_PRC);
        assertThat(FormatDetector.ofWholeFile(SourceFormat.HOME_OFFICE_PRC, file)).isEqualTo(SourceFormat.POLICE_WORKFORCE);
    }

    @Test
    void another_ods_stays_the_recorded_crime_tables() throws Exception {
        byte[] other = WorkforceTableFile.ods("2017-18", List.<Object[]>of(
                new Object[] {"Financial Year", "Financial Quarter", "Force Name", "Offence Code", "Number of Offences"}));

        assertThat(FormatDetector.ofWholeFile(SourceFormat.HOME_OFFICE_PRC, other)).isEqualTo(SourceFormat.HOME_OFFICE_PRC);
        assertThat(FormatDetector.ofWholeFile(SourceFormat.TIDY_METRIC, new byte[] {'m'})).isEqualTo(SourceFormat.TIDY_METRIC);
    }
}
