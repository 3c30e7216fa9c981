package uk.org.ncpm.measures;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.stats.Verdict;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Builds figures by hand for tests: only the parts a test sets are filled in. */
public final class FigureExample {

    private final String metric;
    private final String area;
    private final RollingPeriod period;
    private String source = "police-uk-street";
    private String label = "test";
    private String unit = "count";
    private Optional<Estimate> estimate = Optional.empty();
    private Optional<Rate> rate = Optional.empty();
    private Optional<Change> change = Optional.empty();
    private ChangeTest test = ChangeTest.notTested("not tested in this example");
    private NationalSum national = NationalSum.NONE;
    private List<String> footnotes = List.of();
    private String reason = "";
    private String files = "";

    private FigureExample(String metric, String area, RollingPeriod period) {
        this.metric = metric;
        this.area = area;
        this.period = period;
    }

    public static FigureExample of(String metric, String area, YearMonth periodEnd) {
        return new FigureExample(metric, area, RollingPeriod.ending(periodEnd));
    }

    public static FigureExample of(String metric, String area, String periodEnd) {
        return of(metric, area, YearMonth.parse(periodEnd));
    }

    public FigureExample source(String id, String sourceLabel) {
        this.source = id;
        this.label = sourceLabel;
        return this;
    }

    public FigureExample unit(String value) {
        this.unit = value;
        return this;
    }

    public FigureExample value(double value) {
        this.estimate = Optional.of(Estimate.of(value));
        return this;
    }

    public FigureExample value(double value, double lower, double upper) {
        this.estimate = Optional.of(new Estimate(value, OptionalDouble.of(lower), OptionalDouble.of(upper)));
        return this;
    }

    public FigureExample rate(double value, int per, double population, int year) {
        this.rate = Optional.of(new Rate(value, OptionalDouble.empty(), OptionalDouble.empty(), per, population, year,
                "mid-" + year + " estimate"));
        return this;
    }

    /** A count's rate worked out from its population. */
    public FigureExample rateOf(double population, int per, int year) {
        double value = estimate.orElseThrow().value() * per / population;
        return rate(value, per, population, year);
    }

    /** A count change (or an estimate change) against a baseline in the value's unit. */
    public FigureExample baseline(double baseline) {
        double value = estimate.orElseThrow().value();
        ChangeBasis basis = unit.equals("count") ? ChangeBasis.COUNT : ChangeBasis.ESTIMATE;
        OptionalDouble pct = baseline == 0 || unit.equals("percentage") ? OptionalDouble.empty()
                : OptionalDouble.of((value - baseline) / baseline * 100);
        this.change = Optional.of(new Change(basis, baseline, value - baseline, pct, OptionalDouble.empty(),
                OptionalDouble.empty(), baseline, value - baseline));
        return this;
    }

    public FigureExample change(Change value) {
        this.change = Optional.of(value);
        return this;
    }

    public FigureExample verdict(Verdict verdict, String words, double pValue) {
        this.test = new ChangeTest(verdict, words, OptionalDouble.of(pValue), TestMethod.OVERDISPERSED_POISSON,
                OptionalDouble.of(1), ChangeTest.WHOLE_YEAR, "");
        return this;
    }

    /** A verdict given by its words, e.g. "no significant change". */
    public FigureExample verdict(String words) {
        if (words == null || words.isEmpty()) {
            return this;
        }
        Verdict verdict = words.startsWith("statistically significant decrease") ? Verdict.SIGNIFICANT_DECREASE
                : words.startsWith("statistically significant increase") ? Verdict.SIGNIFICANT_INCREASE
                : words.startsWith("not tested") ? Verdict.NOT_TESTED : Verdict.NO_SIGNIFICANT_CHANGE;
        return verdict(verdict, words, 0.5);
    }

    public FigureExample test(ChangeTest value) {
        this.test = value;
        return this;
    }

    public FigureExample excluded(List<String> forces) {
        this.national = new NationalSum(forces, national.populationShare(), national.published(), national.publishedNote());
        return this;
    }

    public FigureExample published(double total, String note) {
        this.national = new NationalSum(national.excludedForces(), national.populationShare(), OptionalDouble.of(total), note);
        return this;
    }

    public FigureExample footnotes(List<String> notes) {
        this.footnotes = notes;
        return this;
    }

    public FigureExample reason(String text) {
        this.reason = text;
        return this;
    }

    /** Provenance as stored: "id:sha256;…". */
    public FigureExample files(String sourceFiles) {
        this.files = sourceFiles;
        return this;
    }

    public Figure build() {
        return new Figure(metric, area, period, source, label, unit, estimate, rate, change, test, national, footnotes,
                reason, Provenance.parse(files, Catalogue.bundled().version(), Method.VERSION));
    }

    /** A figure that is not available, with its reason. */
    public Figure notAvailable(String why) {
        this.estimate = Optional.empty();
        this.rate = Optional.empty();
        this.change = Optional.empty();
        this.test = ChangeTest.notTested(why);
        this.reason = why;
        return build();
    }

}
