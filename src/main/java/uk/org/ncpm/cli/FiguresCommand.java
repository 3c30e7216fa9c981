package uk.org.ncpm.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.measures.FigureQuery;
import uk.org.ncpm.measures.StoredFigure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;

@Command(name = "figures", mixinStandardHelpOptions = true,
        description = {"List computed figures (run `ncpm compute` first): value, 95% interval, rate, baseline "
                + "(year ending June 2019), change, the test's p-value and verdict, status and source.",
                "Not-available figures show '..' with the reason (table and JSON), never zero."})
final class FiguresCommand implements Callable<Integer> {

    static final List<String> COLUMNS = List.of("metric", "area_code", "period_end", "value", "lower", "upper", "rate",
            "baseline", "change", "change_pct", "p_value", "verdict", "status", "source");
    static final String NOT_AVAILABLE = "..";

    @Mixin
    StoreOption store;

    @Mixin
    FormatOption output;

    @Option(names = "--metric", paramLabel = "ID", description = "Catalogue metric id, e.g. homicide.")
    String metric;

    @Option(names = "--area", paramLabel = "CODE", description = "Area code (E23…, W15…, K04000001) or force name.")
    String area;

    @Option(names = "--period", paramLabel = "YYYY-MM", description = "Last month of the rolling year, e.g. 2019-06.")
    YearMonth period;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Catalogue catalogue = Catalogue.bundled();
        if (metric != null && !catalogue.isObservable(metric)) {
            throw new ParameterException(spec.commandLine(), "--metric: unknown metric '" + metric + "'; expected one of "
                    + catalogue.metrics().stream().map(m -> m.id()).toList());
        }
        if (period != null && period.getMonthValue() % 3 != 0) {
            throw new ParameterException(spec.commandLine(), "--period: " + period
                    + " is not a quarter end; rolling years end in March, June, September or December");
        }
        Optional<String> areaCode = area == null ? Optional.empty() : Optional.of(AreaOption.code(catalogue, area, spec));
        return ListingRun.print(store, output.format, spec, (opened, format) -> {
            List<List<Object>> rows = new ArrayList<>();
            for (StoredFigure f : new FigureQuery(opened).list(Optional.ofNullable(metric), areaCode, Optional.ofNullable(period))) {
                rows.add(row(f, format));
            }
            List<String> columns = new ArrayList<>(COLUMNS);
            if (format != OutputFormat.csv) {
                columns.add("reason");
            }
            return new Listing(columns, rows);
        });
    }

    private static List<Object> row(StoredFigure f, OutputFormat format) {
        boolean na = !f.isAvailable();
        List<Object> row = new ArrayList<>(Arrays.asList(f.metric(), f.areaCode(), f.periodEnd().toString(),
                na ? NOT_AVAILABLE : plain(f.value(), -1), round(f.lower(), 2, na), round(f.upper(), 2, na),
                round(f.rate(), 3, na), round(f.baseline(), -1, na), round(f.change(), 6, na),
                round(f.changePct(), 1, na), pValue(f.pValue(), na), f.verdict().orElse(na ? NOT_AVAILABLE : ""),
                f.status(), f.source()));
        if (format != OutputFormat.csv) {
            row.add(f.reason());
        }
        return row;
    }

    private static Object round(OptionalDouble value, int decimals, boolean notAvailable) {
        if (notAvailable) {
            return NOT_AVAILABLE;
        }
        return plain(value, decimals);
    }

    /** A number rounded half-up to {@code decimals} places (-1: as stored), without exponent; null when absent. */
    static Object plain(OptionalDouble value, int decimals) {
        if (value.isEmpty()) {
            return null;
        }
        BigDecimal exact = BigDecimal.valueOf(value.getAsDouble());
        if (decimals >= 0) {
            exact = exact.setScale(decimals, RoundingMode.HALF_UP);
        }
        exact = exact.stripTrailingZeros();
        return exact.scale() <= 0 ? exact.toBigInteger() : exact;
    }

    /** p-values to four significant figures; below 0.0001 shown as "<0.0001". */
    private static Object pValue(OptionalDouble p, boolean notAvailable) {
        if (notAvailable) {
            return NOT_AVAILABLE;
        }
        if (p.isEmpty()) {
            return null;
        }
        if (p.getAsDouble() < 0.0001) {
            return "<0.0001";
        }
        return new BigDecimal(p.getAsDouble()).round(new java.math.MathContext(4)).stripTrailingZeros();
    }
}
