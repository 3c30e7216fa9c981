package uk.org.ncpm.ingest.ons;

import org.apache.poi.ss.usermodel.Row;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbered footnotes below one table ("6. Lancashire could not supply data … for April to June
 * 2019 …") and which of them qualify which observation: footnotes that concern a force or period travel
 * with the figures they qualify (docs/method.md, "Footnotes").
 *
 * <p>The rule, in order:
 * <ol>
 * <li>A footnote marker on a row's area name or code, or in the value cell itself, links the footnote to
 *     that row's observations in this table. ONS sometimes numbers two footnotes alike (the June 2019
 *     Table P4 has two 9s): a marker then links both, and the next rules sort them.</li>
 * <li>Where a marker links several footnotes of the same number, a force's row keeps those that name it
 *     or name no force (the June 2019 Table P4: Lancashire's 9 is the Lancashire note, not the Surrey one).
 *     A marker linking one footnote is trusted as printed (the June 2019 Table P4 marks Bedfordshire with
 *     the note on "Befordshire", as ONS spelt it). On a total's row (England and Wales, a country, a region)
 *     every linked footnote is kept: the total contains the forces it names.</li>
 * <li>A footnote that names a force is also kept on that force's rows when no marker links it
 *     (misnumbered markers: in the June 2019 Table P4 Surrey's row points to 10, the note that the total
 *     includes British Transport Police, while the Surrey note is the second 9).</li>
 * <li>A footnote saying what a total includes (British Transport Police) concerns totals only; for England
 *     and Wales it is said by the national total sentence ({@link NationalTotalSentence}) instead.</li>
 * <li>A footnote that names a span of months ("April to June 2019", "November and December 2018") is
 *     kept only on observations whose 12 months overlap that span.</li>
 * </ol>
 * Footnotes linked to no observation (those marked on the title or a column heading, about the whole
 * table) are kept as notes of the ingest, not on observations.
 */
final class PfaFootnotes {

    /** One footnote as printed, e.g. number {@code 6} and its text. */
    record Footnote(String number, String text) {

        String printed() {
            return number + ". " + text;
        }
    }

    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,2})\\s*[.)]\\s*(\\S.*)$", Pattern.DOTALL);
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*";
    private static final Pattern MONTH_SPAN = Pattern.compile("(?i)\\b" + MONTH + "\\s+(?:to|and|-|\u2013)\\s+" + MONTH
            + "\\s+(\\d{4})\\b");
    private static final Pattern INCLUDES_BODY = Pattern.compile("(?i)\\binclud\\w*\\b.*\\bBritish Transport Police\\b");

    private final List<Footnote> footnotes;
    private final Catalogue catalogue;

    private PfaFootnotes(List<Footnote> footnotes, Catalogue catalogue) {
        this.footnotes = List.copyOf(footnotes);
        this.catalogue = catalogue;
    }

    /** The numbered footnotes from {@code from} (a 0-based row) to the end of the sheet; unnumbered lines continue the one above. */
    static PfaFootnotes below(PfaTableLayout layout, int from, Catalogue catalogue) {
        List<Footnote> found = new ArrayList<>();
        for (int r = from; r <= layout.sheet().getLastRowNum(); r++) {
            Row row = layout.sheet().getRow(r);
            String text = row == null ? "" : firstText(row).replaceAll("\\s+", " ").trim();
            Matcher m = NUMBERED.matcher(text);
            if (m.matches()) {
                found.add(new Footnote(m.group(1), m.group(2).trim()));
            } else if (!text.isEmpty() && !found.isEmpty()) {
                Footnote last = found.remove(found.size() - 1);
                found.add(new Footnote(last.number(), last.text() + " " + text));
            }
        }
        return new PfaFootnotes(found, catalogue);
    }

    List<Footnote> all() {
        return footnotes;
    }

    /**
     * The footnotes that qualify one observation, in the table's order.
     *
     * @param areaCode the row's area
     * @param markers  the footnote numbers on the row's name or code and in the cell
     * @param start    first day of the observation's 12 months
     * @param end      last day
     */
    List<Footnote> qualifying(String areaCode, List<String> markers, LocalDate start, LocalDate end) {
        Optional<Force> force = catalogue.forces().byCode(areaCode);
        Set<Footnote> kept = new LinkedHashSet<>();
        for (Footnote footnote : footnotes) {
            List<Force> named = forcesNamed(footnote.text());
            boolean marked = markers.contains(footnote.number());
            boolean numberShared = footnotes.stream().filter(f -> f.number().equals(footnote.number())).count() > 1;
            boolean concernsRow = force.isPresent()
                    ? (marked && !includesBody(footnote) && (!numberShared || named.isEmpty() || named.contains(force.get())))
                            || named.contains(force.get())
                    : marked;
            if (concernsRow && overlaps(footnote.text(), start, end)) {
                kept.add(footnote);
            }
        }
        return List.copyOf(kept);
    }

    /** True for a footnote saying that a total includes British Transport Police. */
    static boolean includesBody(Footnote footnote) {
        return INCLUDES_BODY.matcher(footnote.text()).find();
    }

    private List<Force> forcesNamed(String printed) {
        String text = printed.replace("&", "and");
        List<Force> named = new ArrayList<>();
        for (Force force : catalogue.forces().territorial()) {
            for (String name : names(force)) {
                if (Pattern.compile("(?i)(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])").matcher(text).find()) {
                    named.add(force);
                    break;
                }
            }
        }
        return named;
    }

    /** A force's names as footnotes write them: "Surrey Police" and "Surrey", "Greater Manchester Police" and "GMP" aside. */
    private static List<String> names(Force force) {
        List<String> names = new ArrayList<>();
        for (String name : List.of(force.name(), force.homeOfficeName())) {
            names.add(name);
            names.add(name.replaceAll("(?i)\\s+(police( service)?|constabulary)$", ""));
        }
        names.addAll(force.otherNames());
        names.replaceAll(n -> n.replace("&", "and"));
        return names.stream().filter(n -> n.length() > 3).distinct().toList();
    }

    private static boolean overlaps(String text, LocalDate start, LocalDate end) {
        Matcher m = MONTH_SPAN.matcher(text.replace("&", "and"));
        if (!m.find()) {
            return true;
        }
        int year = Integer.parseInt(m.group(3));
        Month first = month(m.group(1));
        Month last = month(m.group(2));
        YearMonth spanEnd = YearMonth.of(year, last);
        YearMonth spanStart = YearMonth.of(first.compareTo(last) <= 0 ? year : year - 1, first);
        return !start.isAfter(spanEnd.atEndOfMonth()) && !end.isBefore(spanStart.atDay(1));
    }

    private static Month month(String abbreviation) {
        String key = abbreviation.substring(0, 3).toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT).startsWith(key)) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + abbreviation);
    }

    private static String firstText(Row row) {
        for (int c = Math.max(0, row.getFirstCellNum()); c < row.getLastCellNum(); c++) {
            String text = SheetText.of(row.getCell(c));
            if (!text.isBlank()) {
                return text;
            }
        }
        return "";
    }
}
