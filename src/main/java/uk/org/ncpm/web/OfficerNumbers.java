package uk.org.ncpm.web;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.ingest.workforce.PoliceWorkforceReader;
import uk.org.ncpm.store.ObservationQuery;
import uk.org.ncpm.store.ObservationRow;
import uk.org.ncpm.store.Store;
import uk.org.ncpm.store.StoreException;
import uk.org.ncpm.web.govuk.SummaryList;
import uk.org.ncpm.web.govuk.Table;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Police officer numbers of one force, or of England and Wales, as context beside the measures
 * ({@code workforce.jte}): the full-time equivalents at each date loaded, each from its latest
 * edition, and the change since the earliest date and since 31 March 2019. Context only: no
 * verdict, no interval, no comparison between forces.
 *
 * @param officers oldest first
 */
public record OfficerNumbers(String areaCode, String areaName, List<Officers> officers) {

    /** The last count before the uplift programme began (autumn 2019). */
    static final LocalDate BEFORE_UPLIFT = LocalDate.of(2019, 3, 31);
    static final String SOURCE = "Home Office, Police workforce, England and Wales, Table 1 (police officers, full-time equivalents)";
    static final String BACKGROUND = "The government's programme to recruit 20,000 additional police officers in England and "
            + "Wales (the police uplift) began in autumn 2019.";
    static final String NOT_A_MEASURE = "Officer numbers are shown as background to the measures, not as a measure: "
            + "they have no baseline comparison and no verdict.";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    public OfficerNumbers {
        officers = officers.stream().sorted(Comparator.comparing(Officers::date)).toList();
        if (officers.isEmpty()) {
            throw new IllegalArgumentException("officer numbers of " + areaCode + " without a date");
        }
    }

    /**
     * Officers at one date.
     *
     * @param fte     full-time equivalents as published (not rounded)
     * @param edition the edition the figure comes from, e.g. {@code Home Office police workforce tables, 30 September
     *                2019 edition}
     */
    public record Officers(LocalDate date, double fte, String edition) {
    }

    /** A change between two dates, in officers (FTE) and as a percentage of the first. */
    public record Change(Officers from, Officers to) {

        public double officers() {
            return to.fte() - from.fte();
        }

        public double percent() {
            return 100 * officers() / from.fte();
        }

        /**
         * E.g. {@code up 1,613 (1.3%), 31 March 2019 to 30 September 2019}: officers rounded as the Home
         * Office shows them, the percentage to one decimal place.
         */
        public String text() {
            long rounded = Math.round(officers());
            String dates = DAY.format(from.date()) + " to " + DAY.format(to.date());
            if (rounded == 0) {
                return "no change in whole officers, " + dates;
            }
            return String.format(Locale.UK, "%s %,d (%.1f%%), %s", rounded > 0 ? "up" : "down", Math.abs(rounded),
                    Math.abs(percent()), dates);
        }
    }

    /** Every area with officer numbers in the store: forces and England and Wales, by area code. */
    public static Map<String, OfficerNumbers> read(Store store, Catalogue catalogue) throws StoreException {
        return of(catalogue, new ObservationQuery(store).list(Optional.of(PoliceWorkforceReader.SERIES), Optional.empty()));
    }

    /** As at the end of {@code upTo} or earlier: a release shows no count dated after its period. */
    public static Map<String, OfficerNumbers> read(Store store, Catalogue catalogue, YearMonth upTo) throws StoreException {
        LocalDate last = upTo.atEndOfMonth();
        return of(catalogue, new ObservationQuery(store).list(Optional.of(PoliceWorkforceReader.SERIES), Optional.empty())
                .stream().filter(row -> !row.periodEnd().isAfter(last)).toList());
    }

    /** From current observations (any series; only {@code police-officers-fte} with a value is used). */
    public static Map<String, OfficerNumbers> of(Catalogue catalogue, List<ObservationRow> rows) {
        Map<String, List<Officers>> byArea = new LinkedHashMap<>();
        for (ObservationRow row : rows) {
            if (row.metric().equals(PoliceWorkforceReader.SERIES) && row.value().isPresent()) {
                byArea.computeIfAbsent(row.areaCode(), a -> new ArrayList<>())
                        .add(new Officers(row.periodEnd(), row.value().getAsDouble(), row.edition().orElse(row.sourceFileName())));
            }
        }
        Map<String, OfficerNumbers> numbers = new LinkedHashMap<>();
        byArea.forEach((area, officers) ->
                numbers.put(area, new OfficerNumbers(area, catalogue.areaName(area).orElse(area), officers)));
        return numbers;
    }

    public Officers latest() {
        return officers.get(officers.size() - 1);
    }

    /** From the earliest date loaded to the latest; empty with one date only. */
    public Optional<Change> sinceEarliest() {
        return officers.size() < 2 ? Optional.empty() : Optional.of(new Change(officers.get(0), latest()));
    }

    /** From 31 March 2019, before the uplift began, to the latest date; empty without that date or after it nothing. */
    public Optional<Change> sinceUpliftBegan() {
        return officers.stream().filter(o -> o.date().equals(BEFORE_UPLIFT)).findFirst()
                .filter(o -> latest().date().isAfter(BEFORE_UPLIFT)).map(o -> new Change(o, latest()));
    }

    public String background() {
        return BACKGROUND;
    }

    public String notAMeasure() {
        return NOT_A_MEASURE;
    }

    /** The officers at each date, for {@code govuk/table.jte}. */
    public Table table() {
        List<List<Table.Cell>> rows = officers.stream().map(o -> List.of(Table.Cell.text(DAY.format(o.date())),
                Table.Cell.numeric(String.format(Locale.UK, "%,d", Math.round(o.fte()))))).toList();
        return new Table("Police officers, " + areaName + " (full-time equivalents)", "govuk-table__caption--s", true,
                List.of(Table.Cell.text("As at"), Table.Cell.numeric("Officers (FTE)")), rows);
    }

    /** The changes and the source, for {@code govuk/summaryList.jte}. */
    public SummaryList summary() {
        List<SummaryList.Row> rows = new ArrayList<>();
        sinceEarliest().ifPresent(c -> rows.add(SummaryList.Row.of("Change since " + DAY.format(c.from().date()), c.text())));
        sinceUpliftBegan().ifPresent(c -> rows.add(SummaryList.Row.of("Change since " + DAY.format(BEFORE_UPLIFT), c.text())));
        List<String> editions = officers.stream().collect(Collectors.groupingBy(Officers::edition, LinkedHashMap::new,
                Collectors.mapping(o -> DAY.format(o.date()), Collectors.toList())))
                .entrySet().stream().map(e -> e.getKey() + ": " + String.join(", ", e.getValue())).toList();
        List<String> source = new ArrayList<>();
        source.add(SOURCE + "; each date from its latest edition.");
        source.addAll(editions);
        rows.add(new SummaryList.Row("Source", source));
        return new SummaryList(rows);
    }
}
