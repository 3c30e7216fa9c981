package uk.org.ncpm.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.measures.FigureQuery;
import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.text.FigureColumns;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "figures", mixinStandardHelpOptions = true,
        description = {"List computed figures (run `ncpm compute` first): value, 95%% interval, rate, baseline "
                + "(year ending June 2019), change, the test's p-value and verdict, status and source.",
                "Not-available figures show '..' with the reason (table and JSON), never zero."})
final class FiguresCommand implements Callable<Integer> {

    static final List<String> COLUMNS = FigureColumns.NAMES;

    @Mixin
    StoreOption store;

    @Mixin
    FormatOption output;

    @Mixin
    MetricAreaFilter filter;

    @Option(names = "--period", paramLabel = "YYYY-MM", description = "Last month of the rolling year, e.g. 2019-06.")
    YearMonth period;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Catalogue catalogue = Catalogue.bundled();
        Optional<String> metric = filter.metric(catalogue, spec);
        if (period != null) {
            PeriodOption.rollingYear(period, spec);
        }
        Optional<String> areaCode = filter.areaCode(catalogue, spec);
        return ListingRun.print(store, output.format, spec, (opened, format) -> {
            List<List<Object>> rows = new ArrayList<>();
            for (Figure f : new FigureQuery(opened).list(metric, areaCode, Optional.ofNullable(period))) {
                rows.add(FigureColumns.of(f, catalogue.areaName(f.areaCode()).orElse(f.areaCode())));
            }
            return new Listing(COLUMNS, rows);
        });
    }
}
