package uk.org.ncpm.release;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * When a release is published: a day, at 09:30 UK time unless a time is given (Code of Practice for
 * Statistics: official statistics are released at 09:30 on a pre-announced day).
 */
public final class PublicationTime {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    public static final LocalTime STANDARD = LocalTime.of(9, 30);
    private static final DateTimeFormatter SAID = DateTimeFormatter.ofPattern("h:mma 'on' EEEE d MMMM yyyy", Locale.UK);

    private PublicationTime() {
    }

    /** {@code YYYY-MM-DD} (at 09:30) or {@code YYYY-MM-DDTHH:MM}, UK time. */
    public static Instant parse(String text) throws ReleaseRefused {
        try {
            LocalDateTime local = text.contains("T") ? LocalDateTime.parse(text) : LocalDate.parse(text).atTime(STANDARD);
            return local.atZone(UK).toInstant();
        } catch (DateTimeException e) {
            throw new ReleaseRefused("--at takes a day as YYYY-MM-DD (published at 09:30 UK time) or a day and time as "
                    + "YYYY-MM-DDTHH:MM (UK time); found '" + text + "'");
        }
    }

    /** In words, UK time: "9:30am on Thursday 10 December 2026". */
    public static String words(Instant instant) {
        return SAID.format(instant.atZone(UK)).replace("AM", "am").replace("PM", "pm");
    }

    /** As the CSV and JSON give it: ISO 8601 with the UK offset, e.g. 2026-12-10T09:30+00:00. */
    public static String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).atZone(UK).toOffsetDateTime());
    }
}
