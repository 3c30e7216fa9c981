package uk.org.ncpm.web;

import uk.org.ncpm.ingest.CoverageStatus;
import uk.org.ncpm.text.NumberText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.FigureSource;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.ingest.CoverageRow;
import uk.org.ncpm.store.StreetCountQuery;
import uk.org.ncpm.measures.Diagnostics;
import uk.org.ncpm.measures.SourceDiagnostics;
import uk.org.ncpm.sample.SmallSampleStore;
import uk.org.ncpm.store.Store;
import uk.org.ncpm.web.govuk.Table;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The force page's diagnostics on the small sample store: comparator group, funnel, SPC chart and data quality in words and tables. */
class ForcePageDiagnosticsTest {

    private static final Catalogue CATALOGUE = Catalogue.bundled();
    private static final Force GWENT = CATALOGUE.forces().byCode("W15000002").orElseThrow();
    private static Snapshot snapshot;
    private static ForcePage page;

    @BeforeAll
    static void readTheSmallSample() throws Exception {
        try (Store store = Store.open(SmallSampleStore.path(), CATALOGUE)) {
            snapshot = Snapshot.of(store);
        }
        page = ForcePage.of(CATALOGUE, GWENT, snapshot);
    }

    private static ForceSeries series(String metric, String sourceLabelStart) {
        String name = CATALOGUE.metric(metric).orElseThrow().name();
        return page.series().stream().filter(s -> s.metricName().equals(name) && s.sourceLabel().startsWith(sourceLabelStart))
                .findFirst().orElseThrow();
    }

    private static SourceDiagnostics diagnostics(String source) {
        Diagnostics d = snapshot.diagnostics().of(GWENT).orElseThrow();
        return d.sources().stream().filter(s -> s.source().source().equals(source) && s.source().metricId().equals("neighbourhood-crime"))
                .findFirst().orElseThrow();
    }

    private static List<String> texts(List<Table.Cell> row) {
        return row.stream().map(Table.Cell::text).toList();
    }

    @Test
    void the_snapshot_holds_the_latest_diagnostics_of_every_territorial_force_and_their_coverage() {
        assertThat(snapshot.diagnostics().byForce()).hasSize(43);
        assertThat(snapshot.diagnostics().byForce().values()).allSatisfy(d -> assertThat(d.period().label()).isEqualTo("year ending June 2021"));
        assertThat(snapshot.diagnostics().coverage(GWENT)).hasSize(36)
                .filteredOn(r -> !r.status().equals(CoverageStatus.COMPLETE)).extracting(CoverageRow::month).containsExactly(YearMonth.of(2019, 11));
    }

    @Test
    void the_page_says_the_diagnostics_year_and_labels_the_comparator_group_a_region_group() {
        assertThat(page.diagnosticsPeriod()).isEqualTo("year ending June 2021");
        assertThat(page.group().get(0)).isEqualTo("Comparator group: Wales region group (Dyfed-Powys Police, Gwent Police, "
                + "North Wales Police, South Wales Police), compared with the forces of its region (the HMICFRS most similar groups "
                + "are not available to this site yet).");
        assertThat(page.group().get(1)).contains("unweighted mean").contains("HMICFRS method");
    }

    @Test
    void each_source_with_force_figures_has_its_diagnostics_and_the_summary_of_ncpm_diagnostics() {
        assertThat(page.series()).hasSize(6).allSatisfy(s -> assertThat(s.diagnostics()).isPresent());
        assertThat(series("neighbourhood-crime", "data.police.uk").diagnostics().get().summary())
                .isEqualTo(PublicWords.of(diagnostics("police-uk-street").summary()));
    }

    @Test
    void the_force_is_beside_its_region_group_average_and_england_and_wales_as_rates_never_ranked() {
        DiagnosticsSection section = series("neighbourhood-crime", "data.police.uk").diagnostics().get();
        var c = diagnostics("police-uk-street").comparison();
        Table table = section.comparison().orElseThrow();

        assertThat(table.caption()).contains("Gwent Police beside its Wales region group and England and Wales, year ending June 2021");
        assertThat(texts(table.head())).containsExactly("Area", "Rate per 1,000 residents", "What it is");
        assertThat(table.rows()).extracting(r -> r.get(0).text())
                .containsExactly("Gwent Police", "Wales region group average", "England and Wales");
        assertThat(table.rows().get(0).get(1).text()).startsWith(NumberText.decimal(c.forceRate().getAsDouble()) + " (95% interval ");
        assertThat(table.rows().get(1).get(1).text()).isEqualTo(NumberText.decimal(c.groupAverage().getAsDouble()));
        assertThat(table.rows().get(2).get(1).text()).isEqualTo(NumberText.decimal(c.englandAndWalesRate().getAsDouble()));
        assertThat(section.funnel().rows().get(0).lines()).containsExactly("within expected range");
        assertThat(section.funnel().rows()).extracting(r -> r.key())
                .containsExactly("Position", "Limits at the force's population", "Over-dispersion", "Forces on the plot");
    }

    @Test
    void a_metric_without_a_rate_says_why_it_is_not_compared() {
        DiagnosticsSection section = series("drug-trafficking", "police recorded crime").diagnostics().get();

        assertThat(section.comparison()).isEmpty();
        assertThat(section.notes()).containsExactly("Not compared with other forces: this figure is a count, not a rate per "
                + "resident, and counts of forces of different sizes are not compared.");
        assertThat(section.funnel().rows().get(0).lines()).containsExactly("no funnel plot: this figure is a count, not a rate "
                + "per resident, so forces of different sizes are not set side by side");
        assertThat(section.controlChart()).isEmpty();
        assertThat(section.dataQuality().months()).isEmpty();
    }

    @Test
    void the_monthly_source_has_its_spc_chart_each_signal_in_words_and_the_months_behind_it() {
        ControlChartSection spc = series("neighbourhood-crime", "data.police.uk").diagnostics().get().controlChart().orElseThrow();
        var chart = diagnostics("police-uk-street").controlChart().orElseThrow();

        assertThat(spc.chart()).isPresent();
        assertThat(spc.chart().get().markup()).contains("<title").contains("statistical process control chart")
                .contains("Special-cause signal").contains("Missing, shown as a gap: Nov 2019");
        assertThat(spc.signals()).extracting(ControlChartSection.Signal::words)
                .isEqualTo(chart.signals().stream().map(s -> PublicWords.of(s.words())).toList());
        assertThat(spc.signals()).isNotEmpty().allSatisfy(s -> assertThat(s.meaning()).isNotBlank());
        assertThat(spc.limits()).startsWith("Centre line ");
        assertThat(spc.months().rows()).hasSize(36);
        assertThat(texts(spc.months().rows().get(16))).containsExactly("Nov 2019", "..", "not charted: missing", "");
        assertThat(spc.months().rows()).filteredOn(r -> r.get(3).text().contains("below the lower limit")).isNotEmpty();
    }

    @Test
    void the_data_quality_table_lists_the_months_missing_or_partial_with_their_reason() {
        DataQualitySection quality = series("neighbourhood-crime", "data.police.uk").diagnostics().get().dataQuality();

        assertThat(quality.summary()).isEqualTo("35 of 36 months loaded for Gwent Police, Jul 2018 to Jun 2021, are complete. "
                + "1 month missing, 0 months partial: each is a gap in the chart, never a zero. No crime record in the year "
                + "ending June 2021 repeats an earlier row of its file.");
        assertThat(quality.months().orElseThrow().rows()).extracting(ForcePageDiagnosticsTest::texts)
                .containsExactly(List.of("Nov 2019", "missing", "0", "no data published for this force and month"));
        // the sample puts about 3% of records at "No Location"
        assertThat(quality.location()).hasValueSatisfying(words -> {
            assertThat(words).matches("[\\d,]+ of [\\d,]+ crime records \\(\\d\\.\\d%\\) in the 35 months loaded have no location.*");
            double percent = Double.parseDouble(words.replaceAll("^.*?\\((\\d\\.\\d)%\\).*$", "$1"));
            assertThat(percent).isBetween(2.0, 4.0);
        });
    }

    @Test
    void a_partial_month_and_a_month_no_file_covers_are_both_in_the_data_quality_table() {
        FigureSource monthly = CATALOGUE.figureSources().stream().filter(s -> s.basis() == FigureSource.Basis.MONTHLY).findFirst().orElseThrow();
        List<CoverageRow> coverage = List.of(
                new CoverageRow("police-uk", GWENT.code(), YearMonth.of(2020, 1), 1200, CoverageStatus.COMPLETE, "usual volume"),
                new CoverageRow("police-uk", GWENT.code(), YearMonth.of(2020, 2), 310, CoverageStatus.PARTIAL, "under half the usual volume"));

        List<StreetCountQuery.Located> locations = List.of(new StreetCountQuery.Located(GWENT.code(), YearMonth.of(2020, 1), 1200, 12),
                new StreetCountQuery.Located(GWENT.code(), YearMonth.of(2020, 2), 310, 31));

        DataQualitySection quality = DataQualitySection.of(GWENT, monthly, Optional.empty(), coverage, locations);

        assertThat(quality.summary()).startsWith("1 of 2 months loaded for Gwent Police, Jan 2020 to Feb 2020, are complete. "
                + "0 months missing, 1 month partial");
        assertThat(quality.months().orElseThrow().rows()).extracting(ForcePageDiagnosticsTest::texts)
                .containsExactly(List.of("Feb 2020", "partial", "310", "under half the usual volume"));
        assertThat(quality.location()).contains("43 of 1,510 crime records (2.8%) in the 2 months loaded have no location "
                + "(no coordinates: \"No Location\" in data.police.uk files): they count in the figures but cannot be mapped. "
                + "The highest share in a month: 10.0%, Feb 2020.");
    }

    @Test
    void identical_duplicate_rows_not_counted_in_the_year_are_said_in_the_summary() {
        FigureSource monthly = CATALOGUE.figureSources().stream().filter(s -> s.basis() == FigureSource.Basis.MONTHLY).findFirst().orElseThrow();
        List<CoverageRow> coverage = List.of(
                new CoverageRow("police-uk", GWENT.code(), YearMonth.of(2020, 6), 1200, CoverageStatus.COMPLETE, "usual volume", 40),
                new CoverageRow("police-uk", GWENT.code(), YearMonth.of(2020, 7), 1210, CoverageStatus.COMPLETE, "usual volume", 8));

        DataQualitySection quality = DataQualitySection.of(GWENT, monthly, Optional.empty(), coverage, List.of(),
                Optional.of(uk.org.ncpm.measures.RollingPeriod.ending(YearMonth.of(2020, 6))));

        assertThat(quality.summary()).endsWith(" 40 identical duplicate rows (identical in every column to an earlier row of "
                + "the same data.police.uk file) were not counted in the year ending June 2020: they are kept as published, "
                + "and counted once.");
    }

    @Test
    void sources_without_months_have_no_location_words_and_none_without_records() {
        FigureSource quarterly = CATALOGUE.figureSources().stream().filter(s -> s.basis() == FigureSource.Basis.QUARTERLY).findFirst().orElseThrow();

        assertThat(DataQualitySection.of(GWENT, quarterly, Optional.empty(), List.of(), List.of()).location()).isEmpty();
        assertThat(DataQualitySection.location(List.of())).isEmpty();
        assertThat(DataQualitySection.location(List.of(new StreetCountQuery.Located(GWENT.code(), YearMonth.of(2020, 1), 50, 0))))
                .contains("0 of 50 crime records (0.0%) in the month loaded have no location "
                        + "(no coordinates: \"No Location\" in data.police.uk files): they count in the figures but cannot be mapped.");
    }

    @Test
    void the_source_notes_name_the_files_each_latest_year_and_its_baseline_are_computed_from() {
        SourceNote policeUk = page.sources().stream().filter(n -> n.source().startsWith("data.police.uk")).findFirst().orElseThrow();
        SourceNote recorded = page.sources().stream().filter(n -> n.name().startsWith("Police recorded trafficking")).findFirst().orElseThrow();

        // 24 street files (the year ending June 2021 and the baseline year) and the file of populations
        assertThat(policeUk.notes().get(0)).isEqualTo("The year ending June 2021 and its baseline are computed from 25 files, "
                + "2018-07-gwent-street.csv to sample-national-metrics-and-population.csv.");
        assertThat(recorded.notes()).containsExactly("The year ending June 2021 and its baseline are computed from sample-police-recorded-crime.csv.");
        assertThat(page.sources()).extracting(SourceNote::anchor).containsExactlyElementsOf(page.series().stream().map(ForceSeries::anchor).toList());
    }

    @Test
    void without_diagnostics_the_page_shows_the_figures_only() {
        ForcePage plain = ForcePage.of(CATALOGUE, GWENT, new Snapshot(snapshot.figures(), true));

        assertThat(plain.diagnosticsPeriod()).isEmpty();
        assertThat(plain.group()).isEmpty();
        assertThat(plain.series()).isNotEmpty().allSatisfy(s -> assertThat(s.diagnostics()).isEmpty());
    }
}
