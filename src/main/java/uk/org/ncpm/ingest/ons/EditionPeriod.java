package uk.org.ncpm.ingest.ons;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 12 months a table covers, read from its title ("… year ending June 2019"), never from the
 * file name.
 *
 * @param label e.g. {@code year ending June 2019}
 */
record EditionPeriod(LocalDate start, LocalDate end, String label) {

    private static final Pattern YEAR_ENDING = Pattern.compile(
            "(?i)year\\s+ending\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s*'?(\\d+)");

    /**
     * The period named in a title, if any. The year may be printed with two digits ("June 18") and,
     * when the footnote markers are plain text rather than superscript, run into them
     * ("June 20191,2", "June 181,2"): the first four digits are the year when they read 20xx,
     * otherwise the first two are.
     *
     * @return empty when the title names no "year ending" month; a month that is not a quarter end
     *         is returned as found and rejected by {@link #isQuarterEnd()}
     */
    static Optional<EditionPeriod> inTitle(String title) {
        Matcher m = YEAR_ENDING.matcher(title);
        if (!m.find()) {
            return Optional.empty();
        }
        Month month = monthOf(m.group(1));
        String digits = m.group(2);
        int year;
        if (digits.length() >= 4 && digits.startsWith("20")) {
            year = Integer.parseInt(digits.substring(0, 4));
        } else if (digits.length() >= 2) {
            year = 2000 + Integer.parseInt(digits.substring(0, 2));
        } else {
            return Optional.empty();
        }
        YearMonth last = YearMonth.of(year, month);
        return Optional.of(new EditionPeriod(last.minusMonths(11).atDay(1), last.atEndOfMonth(),
                "year ending " + month.getDisplayName(TextStyle.FULL, Locale.UK) + " " + year));
    }

    private static final Pattern SPAN = Pattern.compile("(?i)^\\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s*'?(\\d{2}|\\d{4})"
            + "\\s+to\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s*'?(\\d{2}|\\d{4})\\s*$");

    /**
     * The 12 months a column heading names as a span of months, as the knife series table (Table P5)
     * heads each year's columns: {@code Jul '17 to Jun '18}, {@code Apr '10 to  Mar '11}.
     *
     * @return empty when the heading is not such a span or the span is not 12 months
     */
    static Optional<EditionPeriod> inHeading(String heading) {
        Matcher m = SPAN.matcher(heading.replace('\u2019', '\''));
        if (!m.matches()) {
            return Optional.empty();
        }
        YearMonth first = YearMonth.of(year(m.group(2)), monthOf(m.group(1)));
        YearMonth last = YearMonth.of(year(m.group(4)), monthOf(m.group(3)));
        if (!first.plusMonths(11).equals(last)) {
            return Optional.empty();
        }
        return Optional.of(new EditionPeriod(first.atDay(1), last.atEndOfMonth(), "year ending "
                + last.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + last.getYear()));
    }

    private static int year(String digits) {
        return digits.length() == 4 ? Integer.parseInt(digits) : 2000 + Integer.parseInt(digits);
    }

    /** Rolling periods end at a quarter end (docs/method.md, "Periods"): March, June, September or December. */
    boolean isQuarterEnd() {
        return end.getMonthValue() % 3 == 0;
    }

    private static Month monthOf(String abbreviation) {
        String key = abbreviation.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT).startsWith(key)) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + abbreviation);
    }
}
