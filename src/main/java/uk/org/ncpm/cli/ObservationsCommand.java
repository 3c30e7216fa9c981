package uk.org.ncpm.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.store.ObservationQuery;
import uk.org.ncpm.store.ObservationRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;

@Command(name = "observations", mixinStandardHelpOptions = true,
        description = {"List the numbers loaded from published tables (the newest vintage of each metric, area and period).",
                "Not-available cells are listed with the source's marker, never as zero.",
                "The last column gives the source's footnotes that qualify each number, separated by ' | '."})
final class ObservationsCommand implements Callable<Integer> {

    static final List<String> COLUMNS = List.of("metric", "area_code", "period_start", "period_end", "value", "lower",
            "upper", "status", "source_file", "footnotes");

    /** Between two footnotes in the one {@code footnotes} cell: ONS footnote texts contain commas and semicolons, never this. */
    static final String FOOTNOTE_SEPARATOR = " | ";

    @Mixin
    StoreOption store;

    @Mixin
    MetricAreaFilter filter;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Catalogue catalogue = Catalogue.bundled();
        Optional<String> metric = filter.metric(catalogue, spec);
        Optional<String> code = filter.areaCode(catalogue, spec);
        return ListingRun.print(store, output.format, spec, (opened, format) -> {
            List<List<Object>> rows = new ArrayList<>();
            for (ObservationRow o : new ObservationQuery(opened).list(metric, code)) {
                rows.add(java.util.Arrays.asList(o.metric(), o.areaCode(), o.periodStart(), o.periodEnd(), plain(o.value()),
                        plain(o.lower()), plain(o.upper()), o.status(), o.sourceFileName(),
                        String.join(FOOTNOTE_SEPARATOR, o.footnotes())));
            }
            return new Listing(COLUMNS, rows);
        });
    }

    /** Numbers as published: no trailing ".0", no exponent; null (empty in CSV and tables) when absent. */
    static Object plain(OptionalDouble value) {
        if (value.isEmpty()) {
            return null;
        }
        BigDecimal exact = BigDecimal.valueOf(value.getAsDouble()).stripTrailingZeros();
        return exact.scale() <= 0 ? exact.toBigInteger() : exact;
    }
}
