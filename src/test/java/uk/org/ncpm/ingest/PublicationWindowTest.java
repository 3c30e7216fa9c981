package uk.org.ncpm.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.ncpm.catalogue.Catalogue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PublicationWindowTest extends StagedIngestTest {

    private static final Clock MAY_2024 = Clock.fixed(Instant.parse("2024-05-15T12:00:00Z"), ZoneOffset.UTC);
    private static final PublicationWindow WINDOW = PublicationWindow.endingNow(MAY_2024);

    @TempDir
    Path dir;

    @Test
    void runs_from_the_first_archive_month_to_the_current_month_of_the_clock() {
        assertThat(WINDOW).isEqualTo(new PublicationWindow(YearMonth.of(2010, 12), YearMonth.of(2024, 5)));
    }

    @Test
    void accepts_the_first_and_the_current_month() throws Exception {
        WINDOW.check("a.csv", YearMonth.of(2010, 12));
        WINDOW.check("a.csv", YearMonth.of(2024, 5));
    }

    @Test
    void refuses_a_month_after_the_current_one_naming_file_and_month() throws Exception {
        Path file = StreetCsv.write(dir, "2024-06-cumbria-street.csv",
                StreetCsv.crimes(1, "c", "2024-06", "Cumbria Constabulary"));

        IngestFailure failure = catchThrowableOfType(() -> new Ingest(Catalogue.bundled(), ArchiveLimits.DEFAULT, 1, WINDOW)
                .read(List.of(file), staging), IngestFailure.class);

        assertThat(failure.errors()).extracting(Throwable::getMessage).containsExactly("file " + file
                + ": month 2024-06 (from the file name) is outside the months data.police.uk publishes, 2010-12 to 2024-05;"
                + " nothing from this run was stored");
    }

    @Test
    void refuses_a_month_before_the_archive_began() throws Exception {
        Path file = StreetCsv.write(dir, "2010-11-cumbria-street.csv",
                StreetCsv.crimes(1, "c", "2010-11", "Cumbria Constabulary"));

        IngestFailure failure = catchThrowableOfType(() -> new Ingest(Catalogue.bundled(), ArchiveLimits.DEFAULT, 1, WINDOW)
                .read(List.of(file), staging), IngestFailure.class);

        assertThat(failure.getMessage()).contains("month 2010-11", "2010-12 to 2024-05");
    }
}
