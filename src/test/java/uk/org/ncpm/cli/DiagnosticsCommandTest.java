package uk.org.ncpm.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.org.ncpm.text.SampleMark;
import uk.org.ncpm.sample.SmallSampleStore;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** `ncpm diagnostics` on the small sample store (2% volumes, Gwent Police's 2019-11 missing). */
class DiagnosticsCommandTest {

    private static final Set<String> POSITIONS = Set.of("within expected range", "above expected range (95%)",
            "below expected range (95%)", "well above expected range (99.8%)", "well below expected range (99.8%)");
    private static String store;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildTheStore() {
        store = SmallSampleStore.path().toString();
    }

    private static CliRun diagnostics(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "diagnostics";
        all[1] = "--store";
        all[2] = store;
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.of(all);
    }

    @Test
    void an_unknown_area_is_a_usage_error() {
        CliRun run = diagnostics("--area", "atlantis");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("--area: unknown area 'atlantis'; expected a code such as E23000003 or K04000001")
                .contains("Usage: ncpm diagnostics");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void england_and_wales_is_a_usage_error_because_diagnostics_are_per_force() {
        CliRun run = diagnostics("--area", "K04000001");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("--area: diagnostics are per force; K04000001 (England and Wales) is not a force: "
                + "give a force code such as W15000002 or a force name");
    }

    @Test
    void a_region_is_a_usage_error_too() {
        CliRun run = diagnostics("--area", "E12000001");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("--area: diagnostics are per force; E12000001 (North East) is not a force");
    }

    @Test
    void the_area_is_required() {
        CliRun run = diagnostics();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Missing required option: '--area=CODE'");
    }

    @Test
    void a_period_must_end_a_quarter_and_not_come_before_the_baseline() {
        CliRun may = diagnostics("--area", "gwent", "--period", "2021-05");
        CliRun early = diagnostics("--area", "gwent", "--period", "2018-12");

        assertThat(may.exitCode()).isEqualTo(2);
        assertThat(may.err()).startsWith("--period: 2021-05 is not a quarter end; rolling years end in March, June, "
                + "September or December");
        assertThat(early.exitCode()).isEqualTo(2);
        assertThat(early.err()).startsWith("--period: 2018-12 is before the baseline year ending June 2019; figures start there");
    }

    @Test
    void a_missing_store_is_an_error_not_a_new_empty_store() {
        Path missing = dir.resolve("none.duckdb");

        CliRun run = CliRun.of("diagnostics", "--store", missing.toString(), "--area", "gwent");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: no store at " + missing + "; load data first");
        assertThat(missing).doesNotExist();
    }

    @Test
    void the_table_prints_the_group_and_every_section_for_the_latest_year() {
        CliRun run = diagnostics("--area", "gwent");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.subList(0, 5)).containsExactly(
                SampleNotice.TEXT,
                "Diagnostics for Gwent Police (W15000002), year ending June 2021",
                "Local proxy measures, used diagnostically to find good practice and to support and challenge: they are "
                        + "not targets, and forces are not ranked.",
                "Comparator group: compared with the forces of its region (no most-similar-group file loaded): Wales: "
                        + "Dyfed-Powys Police, Gwent Police, North Wales Police, South Wales Police.",
                "Group average = unweighted mean of the member forces' rates, the force itself included (HMICFRS method); "
                        + "City of London Police is never averaged in (about 8,000 residents and hundreds of thousands of "
                        + "daytime workers and visitors: per-resident rates are not comparable).");
        assertThat(lines).contains(
                "neighbourhood-crime: data.police.uk street records (proxy: includes non-domestic burglary and business "
                        + "robbery) (police-uk-street)",
                "drug-trafficking: police recorded crime (Home Office open data tables) (home-office-prc)",
                "  Comparator:    not compared: no rate: the catalogue gives this metric no rate per residents, and counts "
                        + "of forces of different sizes are not compared",
                "  Funnel plot:   no funnel plot: the catalogue gives this metric no rate per residents",
                "  Comparator:    group average " + String.format(java.util.Locale.UK, "%.3f",
                        csvRow(diagnostics("--area", "gwent", "--format", "csv"), "police-uk-street").groupAverage())
                        + " over 4 of 4 forces; England and Wales " + ewRate() + " (like-for-like)",
                "                 centre line and limits from the 12 months of the baseline year (July 2018 to June 2019)",
                "                 months not complete, left as gaps (never zero): 2019-11 missing");
        assertThat(lines).filteredOn(l -> l.startsWith("  Funnel plot:   ") && !l.contains("no funnel plot"))
                .hasSize(5).allSatisfy(l -> assertThat(POSITIONS).contains(l.substring(17)));
        assertThat(lines).filteredOn(l -> l.startsWith("  SPC:           monthly counts, 2018-07 to 2021-06; centre ")).hasSize(1);
    }

    @Test
    void csv_has_one_row_per_metric_source_with_the_documented_columns() {
        CliRun run = diagnostics("--area", "W15000002", "--format", "csv");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err().strip()).isEqualTo(SampleNotice.TEXT);
        List<String> lines = run.out().lines().toList();
        assertThat(CsvLine.split(lines.get(0))).isEqualTo(SampleMark.columns(DiagnosticsCsv.COLUMNS));
        assertThat(lines.subList(1, lines.size())).extracting(l -> CsvLine.split(l).get(3) + "/" + CsvLine.split(l).get(4))
                .containsExactly("homicide/home-office-prc", "knife-crime/ncpm-tidy-metric",
                        "possession-of-weapons/home-office-prc", "drug-trafficking/home-office-prc",
                        "neighbourhood-crime/home-office-prc", "neighbourhood-crime/police-uk-street");
        Row policeUk = csvRow(run, "police-uk-street");
        assertThat(policeUk.get("comparator_group")).isEqualTo("Wales");
        assertThat(policeUk.get("comparator_basis")).isEqualTo("compared with the forces of its region (no most-similar-group file loaded)");
        assertThat(policeUk.get("group_method"))
                .isEqualTo(uk.org.ncpm.measures.ComparatorGroup.METHOD).startsWith("unweighted mean of the member forces' rates, "
                        + "the force itself included (HMICFRS method); City of London Police is never averaged in");
        assertThat(policeUk.get("group_forces")).isEqualTo("Gwent Police; Dyfed-Powys Police; North Wales Police; South Wales Police");
        assertThat(POSITIONS).contains(policeUk.get("funnel_position"));
        assertThat(policeUk.get("funnel_forces")).isEqualTo("42"); // City of London has no per-resident rate
        assertThat(policeUk.get("spc_baseline_months")).isEqualTo("12");
        assertThat(policeUk.get("summary")).startsWith("neighbourhood-crime (data.police.uk street records (proxy: includes "
                + "non-domestic burglary and business robbery)), year ending June 2021: ");
        assertThat(csvRow(run, "ncpm-tidy-metric").get("spc_signals")).isEmpty();
    }

    @Test
    void the_csv_group_average_is_the_mean_of_the_welsh_forces_rates_listed_by_figures() {
        CliRun figures = CliRun.of("figures", "--store", store, "--metric", "neighbourhood-crime", "--period", "2021-06",
                "--format", "csv");
        double mean = figures.out().lines().skip(1).map(CsvLine::split)
                .filter(f -> f.get(13).equals("police-uk-street") && f.get(1).startsWith("W15"))
                .mapToDouble(f -> Double.parseDouble(f.get(6))).average().orElseThrow();

        Row policeUk = csvRow(diagnostics("--area", "gwent", "--format", "csv"), "police-uk-street");

        // figures prints rates to 3 decimals, so the mean of its rounded rates is within 0.0005 of the exact mean.
        assertThat(policeUk.groupAverage()).isCloseTo(mean, within(0.0006));
    }

    @Test
    void a_year_with_the_missing_month_shows_the_police_uk_figure_as_not_available_never_zero() {
        Row policeUk = csvRow(diagnostics("--area", "gwent", "--period", "2019-12", "--format", "csv"), "police-uk-street");

        assertThat(policeUk.get("period_end")).isEqualTo("2019-12");
        assertThat(policeUk.get("status")).isEqualTo("not available");
        assertThat(policeUk.get("value")).isEqualTo("..");
        assertThat(policeUk.get("rate")).isEqualTo("..");
        assertThat(policeUk.get("funnel_position")).isEmpty();
        assertThat(policeUk.get("summary")).contains("year ending December 2019: not available (months not complete: "
                + "2019-11 missing), so not compared with other forces this year; SPC of monthly counts since 2018-07: ");
    }

    @Test
    void json_prints_every_section() throws Exception {
        CliRun run = diagnostics("--area", "gwent", "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err().strip()).isEqualTo(SampleNotice.TEXT);
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("area_code").asText()).isEqualTo("W15000002");
        assertThat(root.get("period_end").asText()).isEqualTo("2021-06");
        assertThat(root.at("/comparator_group/basis").asText())
                .isEqualTo("compared with the forces of its region (no most-similar-group file loaded)");
        assertThat(root.at("/comparator_group/method").asText())
                .isEqualTo(uk.org.ncpm.measures.ComparatorGroup.METHOD).startsWith("unweighted mean of the member forces' rates, "
                        + "the force itself included (HMICFRS method); City of London Police is never averaged in");
        assertThat(root.get("sources")).hasSize(6);
        JsonNode policeUk = root.get("sources").get(5);
        assertThat(policeUk.get("source").asText()).isEqualTo("police-uk-street");
        assertThat(policeUk.at("/comparator/group_forces")).hasSize(4);
        assertThat(policeUk.at("/funnel/forces").asInt()).isEqualTo(42); // City of London has no per-resident rate
        assertThat(POSITIONS).contains(policeUk.at("/funnel/position").asText());
        assertThat(policeUk.at("/funnel/overdispersion_applied").isBoolean()).isTrue();
        assertThat(policeUk.at("/spc/gaps").toString()).isEqualTo("{\"2019-11\":\"missing\"}");
        assertThat(policeUk.at("/spc/counts")).hasSize(35);
        assertThat(policeUk.at("/spc/baseline_months").asInt()).isEqualTo(12);
        assertThat(root.get("sources").get(3).at("/funnel/not_available_reason").asText())
                .isEqualTo("no funnel plot: the catalogue gives this metric no rate per residents");
        assertThat(root.get("sources").get(0).get("spc").isNull()).isTrue();
    }

    @Test
    void city_of_london_is_not_compared_with_a_group_average_and_told_why() {
        CliRun run = diagnostics("--area", "City of London Police");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Comparator group: compared with the forces of its region (no most-similar-group "
                        + "file loaded): London: City of London Police.")
                .contains("Note: City of London Police has no most similar group in HMICFRS practice, and its rate is not "
                        + "compared with a group average (about 8,000 residents and hundreds of thousands of daytime workers "
                        + "and visitors: per-resident rates are not comparable).")
                .contains("City of London Police is not compared with a group average: about 8,000 residents");
        assertThat(diagnostics("--area", "Metropolitan Police Service").out()).contains("Comparator group: compared with the "
                + "forces of its region (no most-similar-group file loaded): London: Metropolitan Police Service.")
                .contains("Note: City of London Police is kept out of the group average");
    }

    @Test
    void help_documents_the_csv_columns_and_is_registered() {
        CliRun help = CliRun.of("diagnostics", "--help");
        CliRun top = CliRun.of("--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.err()).isEmpty();
        assertThat(help.out()).startsWith("Usage: ncpm diagnostics").contains("--area=CODE").contains("--period=YYYY-MM")
                .contains("--format=").contains("--store=PATH").contains("CSV columns, one row per metric source:")
                .contains("95% and 99.8% limits").contains("'above expected range (95%)'");
        for (String column : DiagnosticsCsv.COLUMNS) {
            assertThat(help.out()).as(column).contains(column);
        }
        assertThat(top.out()).contains("diagnostics");
    }

    private static String ewRate() {
        return String.format(java.util.Locale.UK, "%.3f", Double.parseDouble(
                csvRow(diagnostics("--area", "gwent", "--format", "csv"), "police-uk-street").get("england_and_wales_rate")));
    }

    /** One CSV row by column name. */
    private record Row(Map<String, String> cells) {

        String get(String column) {
            assertThat(cells).containsKey(column);
            return cells.get(column);
        }

        double groupAverage() {
            return Double.parseDouble(get("group_average"));
        }
    }

    private static Row csvRow(CliRun run, String source) {
        List<String> lines = run.out().lines().toList();
        List<String> header = CsvLine.split(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = CsvLine.split(line);
            if (cells.get(4).equals(source)) {
                Map<String, String> row = new java.util.LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), cells.get(i));
                }
                return new Row(row);
            }
        }
        throw new AssertionError("no row for " + source + " in " + run.out());
    }
}
