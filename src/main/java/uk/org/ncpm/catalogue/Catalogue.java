package uk.org.ncpm.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Measures, metrics, forces and source mappings, loaded from versioned data files: the measure set
 * is "kept under review", so none of it is code (docs/adding-a-metric.md).
 */
public record Catalogue(String version, Forces forces, Areas areas, List<Measure> measures, List<Metric> metrics,
                        List<Series> series, List<FigureSource> figureSources,
                        Map<String, PoliceUkCrimeType> policeUkCrimeTypes, LocalAuthorities localAuthorities) {

    /** The ONS lookup of local authority districts to police force areas, verbatim (Open Government Licence). */
    static final String LOCAL_AUTHORITIES = "lad-csp-pfa-dec2018.csv";

    public Catalogue {
        measures = List.copyOf(measures);
        metrics = List.copyOf(metrics);
        series = List.copyOf(series);
        figureSources = List.copyOf(figureSources);
        policeUkCrimeTypes = Map.copyOf(policeUkCrimeTypes);
    }

    /** The catalogue shipped with the product. */
    public static Catalogue bundled() {
        return Bundled.INSTANCE;
    }

    public Optional<PoliceUkCrimeType> policeUkCrimeType(String name) {
        return Optional.ofNullable(policeUkCrimeTypes.get(name));
    }

    public Optional<Metric> metric(String id) {
        return metrics.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<Series> series(String id) {
        return series.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** True for an id observations may carry: a catalogue metric or a series. */
    public boolean isObservable(String id) {
        return metric(id).isPresent() || series(id).isPresent();
    }

    /** True for a force's police force area code or an area above the forces (E&amp;W, country, region). */
    public boolean isAreaCode(String code) {
        return forces.byCode(code).isPresent() || areas.byCode(code).isPresent();
    }

    /**
     * The code of a territorial force or an area above the forces, given by its code (any case), a
     * force's data.police.uk slug or any name a source uses: the one lookup behind every {@code area}
     * a user or a file gives. A force wins a name both could carry ("West Midlands" is the force; the
     * region is "West Midlands (region)").
     */
    public Optional<String> areaCode(String codeSlugOrName) {
        return forces.find(codeSlugOrName).map(Force::code).or(() -> areas.find(codeSlugOrName).map(Area::code));
    }

    /** The name of a force or area by its code. */
    public Optional<String> areaName(String code) {
        return forces.byCode(code).map(Force::name).or(() -> areas.byCode(code).map(Area::name));
    }

    private static final class Bundled {
        static final Catalogue INSTANCE = load(CatalogueFiles.bundled());
    }

    /**
     * Reads every catalogue file and checks that each reference between them names something the
     * catalogue has ({@link CatalogueReferences}): a broken catalogue fails here, naming file and line,
     * not later on a page.
     */
    static Catalogue load(CatalogueFiles files) {
        Properties about = files.readProperties("catalogue.properties");
        String version = about.getProperty("version", "").trim();
        if (version.isEmpty()) {
            throw new IllegalStateException("catalogue file catalogue.properties: no version");
        }
        List<Force> territorial = CatalogueFiles.values(files.readCsv("forces.csv", r -> new Force(
                r.getField("code"), r.getField("name"), r.getField("slug"), r.getField("region_code"),
                r.getField("region"), r.getField("police_uk_name"), r.getField("home_office_name"),
                CatalogueFiles.list(r.getField("other_names")),
                r.getField("no_rate_reason").isBlank() ? Optional.empty() : Optional.of(r.getField("no_rate_reason")),
                Long.parseLong(r.getField("weight_mid_2018")))));
        List<NonTerritorialBody> others = CatalogueFiles.values(files.readCsv("non-territorial.csv",
                r -> new NonTerritorialBody(r.getField("key"), r.getField("name"), r.getField("slug"),
                        CatalogueFiles.list(r.getField("other_names")), r.getField("reason"))));
        List<Area> areas = CatalogueFiles.values(files.readCsv("areas.csv", r -> new Area(r.getField("code"),
                r.getField("name"), r.getField("kind"), CatalogueFiles.list(r.getField("other_names")))));
        var series = files.readCsv("series.csv", r -> new Series(r.getField("id"), r.getField("name"),
                r.getField("metric").isBlank() ? Optional.empty() : Optional.of(r.getField("metric")),
                r.getField("unit"), r.getField("note")));
        var figureSources = files.readCsv("figure-sources.csv", r -> new FigureSource(
                r.getField("metric"), r.getField("source"),
                r.getField("series").isBlank() ? List.of() : List.of(r.getField("series").split("\\+")),
                FigureSource.Basis.valueOf(r.getField("basis").toUpperCase(java.util.Locale.ROOT)), r.getField("label")));
        var measures = files.readCsv("measures.csv", r -> new Measure(
                r.getField("id"), r.getField("name"), ImprovementDirection.of(r.getField("direction"))));
        var metrics = files.readCsv("metrics.csv", r -> new Metric(
                r.getField("id"), r.getField("measure"), r.getField("name"), r.getField("source"),
                CatalogueFiles.list(r.getField("geography")), MetricUnit.of(r.getField("unit")),
                r.getField("rate_per").isBlank() ? OptionalInt.empty()
                        : OptionalInt.of(Integer.parseInt(r.getField("rate_per"))),
                ImprovementDirection.of(r.getField("direction")), Boolean.parseBoolean(r.getField("local_proxy"))));
        var types = files.readCsv("police-uk-crime-types.csv", r -> new PoliceUkCrimeType(
                r.getField("crime_type"),
                r.getField("metric").isBlank() ? Optional.empty() : Optional.of(r.getField("metric")),
                r.getField("note")));
        var districts = files.readCsv(LOCAL_AUTHORITIES, r -> new LocalAuthority(r.getField("LAD18CD"),
                r.getField("LAD18NM"), r.getField("CSP18NM"), r.getField("PFA18CD")));
        new CatalogueReferences(measures, metrics, series).check(figureSources, types);
        for (var row : districts) {
            if (territorial.stream().noneMatch(f -> f.code().equals(row.value().forceCode()))) {
                throw row.error("local authority " + row.value().code() + " names unknown police force area "
                        + row.value().forceCode());
            }
        }
        return new Catalogue(version, new Forces(territorial, others), new Areas(areas),
                CatalogueFiles.values(measures), CatalogueFiles.values(metrics), CatalogueFiles.values(series),
                CatalogueFiles.values(figureSources), CatalogueFiles.values(types).stream()
                        .collect(Collectors.toMap(PoliceUkCrimeType::name, Function.identity())),
                new LocalAuthorities(CatalogueFiles.values(districts)));
    }
}
