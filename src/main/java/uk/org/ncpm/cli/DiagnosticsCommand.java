package uk.org.ncpm.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.measures.Diagnostics;
import uk.org.ncpm.measures.DiagnosticsBuilder;
import uk.org.ncpm.measures.RollingPeriod;
import uk.org.ncpm.measures.StoredSourceData;
import uk.org.ncpm.store.SourceFiles;
import uk.org.ncpm.store.Store;
import uk.org.ncpm.store.StoreException;

import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "diagnostics", mixinStandardHelpOptions = true,
        description = {"Force diagnostics (local proxy measures) for one rolling year: for each metric source with force "
                + "figures, the force's rate beside its comparator group and England and Wales, its position on the "
                + "funnel plot (95%% and 99.8%% limits around the England and Wales rate, adjusted for over-dispersion "
                + "when the forces' z-scores show it), and for monthly data.police.uk series the SPC signals since "
                + "July 2018 (limits from the baseline year, July 2018 to June 2019).",
                "Comparator group: " + DiagnosticsCommand.GROUP_WORDS,
                "Used diagnostically, to support and challenge: not targets, and forces are never ranked."},
        footerHeading = "%nCSV columns, one row per metric source:%n",
        footer = {
                "  area_code, area_name, period_end: the force, the rolling year's last month",
                "  metric, source: the catalogue metric and the stored format of its figures",
                "  status, value, rate, rate_per: the force's figure ('..' when not available),",
                "      its rate per rate_per residents",
                "  comparator_group, comparator_basis, group_method: the group (e.g. Wales),",
                "      how it was chosen and how its average is taken",
                "  group_average: unweighted mean of the members' rates, the force included",
                "  group_forces, group_left_out: the members averaged; the members without a",
                "      rate for the year, with the reason",
                "  england_and_wales_rate: the like-for-like national rate of the year",
                "  funnel_position: e.g. 'within expected range', 'above expected range (95%%)'",
                "  funnel_target_rate: the England and Wales rate the funnel is drawn around",
                "  funnel_lower_998, funnel_lower_95, funnel_upper_95, funnel_upper_998: the",
                "      limits at the force's population, as rates",
                "  funnel_forces: how many forces are on the funnel plot",
                "  overdispersion_applied, phi: whether the limits allow for over-dispersion",
                "      (chi-squared test at 5%%), and phi",
                "  overdispersion_model, tau: 'none', 'multiplicative' (limits widened by the",
                "      square root of phi, phi at most 4) or 'additive random effects' (phi",
                "      over 4: limits theta*exp(+-z*sqrt(1/E + tau^2)) on the log rate), and tau",
                "  spc_baseline_months, spc_centre, spc_lower_limit, spc_upper_limit: the XmR",
                "      chart of monthly counts (monthly sources only)",
                "  spc_signals: each special-cause signal in words, separated by '; '",
                "  summary: the plain-words summary line"})
final class DiagnosticsCommand implements Callable<Integer> {

    static final String GROUP_WORDS = "the forces of its region (no HMICFRS most-similar-group file is loaded; Wales "
            + "is one region of four forces); group average = unweighted mean of the member forces' rates, the force "
            + "itself included (HMICFRS method). City of London Police is never averaged in (about 8,000 residents and "
            + "hundreds of thousands of daytime workers and visitors: per-resident rates are not comparable): the London "
            + "group is the Metropolitan Police Service alone, and City of London is not compared with a group average.";

    @Mixin
    StoreOption store;

    @Mixin
    FormatOption output;

    @Option(names = "--area", required = true, paramLabel = "CODE",
            description = "The force: police force area code (E23…, W15…) or name, e.g. W15000002 or gwent.")
    String area;

    @Option(names = "--period", paramLabel = "YYYY-MM",
            description = "Last month of the rolling year, a quarter end, e.g. 2021-06 (default: the latest year with "
                    + "a figure for the force).")
    YearMonth period;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Catalogue catalogue = Catalogue.bundled();
        Force force = force(catalogue);
        Optional<RollingPeriod> asked = Optional.ofNullable(period).map(this::rollingYear);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Store opened = store.openExisting()) {
            DiagnosticsBuilder builder = new DiagnosticsBuilder(catalogue, StoredSourceData.read(opened, catalogue));
            Optional<RollingPeriod> year = asked.or(() -> builder.latestPeriod(force));
            if (year.isEmpty()) {
                err.println("error: no figures for " + force.name() + " (" + force.code() + ") in " + store.path
                        + "; load data first (./ncpm demo, or ./ncpm ingest PATH...)");
                return 1;
            }
            Diagnostics diagnostics = builder.of(force, year.get());
            boolean sample = new SourceFiles(opened).holdsSampleData();
            if (sample) {
                (output.format == OutputFormat.table ? out : err).println(SampleNotice.TEXT);
            }
            Listing csv = DiagnosticsCsv.listing(diagnostics, catalogue);
            switch (output.format) {
                case csv -> (sample ? csv.markedAsSample() : csv).print(OutputFormat.csv, out);
                case json -> DiagnosticsJson.print(diagnostics, catalogue, out);
                default -> DiagnosticsText.print(diagnostics, catalogue, out);
            }
            return 0;
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private Force force(Catalogue catalogue) {
        String code = AreaOption.code(catalogue, area, spec);
        return catalogue.forces().byCode(code).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--area: diagnostics are per force; " + code + " (" + catalogue.areaName(code).orElse(code)
                        + ") is not a force: give a force code such as W15000002 or a force name"));
    }

    private RollingPeriod rollingYear(YearMonth month) {
        RollingPeriod year = PeriodOption.rollingYear(month, spec);
        if (month.isBefore(RollingPeriod.BASELINE.lastMonth())) {
            throw new ParameterException(spec.commandLine(), "--period: " + month
                    + " is before the baseline year ending June 2019; figures start there");
        }
        return year;
    }
}
