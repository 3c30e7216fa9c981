package uk.org.ncpm.ingest;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a file in the data.police.uk archive layout, {@code YYYY-MM/YYYY-MM-<force>-<kind>.csv}.
 *
 * @param month     the month the file covers
 * @param publisher the force slug, e.g. {@code avon-and-somerset} or {@code btp}
 * @param kind      street records, outcomes, or stop and search
 */
public record StreetFileName(YearMonth month, String publisher, Kind kind) {

    /** The three monthly files data.police.uk publishes per force. */
    public enum Kind {
        STREET("street"), OUTCOMES("outcomes"), STOP_AND_SEARCH("stop-and-search");

        private final String suffix;

        Kind(String suffix) {
            this.suffix = suffix;
        }

        public String suffix() {
            return suffix;
        }
    }

    private static final Pattern NAME = Pattern.compile("(\\d{4}-\\d{2})-([a-z0-9-]+?)-(street|outcomes|stop-and-search)\\.csv");

    /** Parses the last segment of a path or archive entry; empty if it is not in the archive layout. */
    public static Optional<StreetFileName> parse(String path) {
        String base = path.substring(path.replace('\\', '/').lastIndexOf('/') + 1);
        Matcher m = NAME.matcher(base);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            YearMonth month = YearMonth.parse(m.group(1));
            Kind kind = switch (m.group(3)) {
                case "street" -> Kind.STREET;
                case "outcomes" -> Kind.OUTCOMES;
                default -> Kind.STOP_AND_SEARCH;
            };
            return Optional.of(new StreetFileName(month, m.group(2), kind));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public String fileName() {
        return month + "-" + publisher + "-" + kind.suffix() + ".csv";
    }

    /** Path inside a data.police.uk archive: {@code 2019-01/2019-01-kent-street.csv}. */
    public String archivePath() {
        return month + "/" + fileName();
    }
}
