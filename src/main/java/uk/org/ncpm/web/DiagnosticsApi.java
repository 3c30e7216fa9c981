package uk.org.ncpm.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.ingest.CoverageRow;
import uk.org.ncpm.measures.Diagnostics;
import uk.org.ncpm.text.CoverageColumns;
import uk.org.ncpm.text.DiagnosticsColumns;
import uk.org.ncpm.text.DiagnosticsDocument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A force's diagnostics, {@code /api/v1/forces/{code}/diagnostics}, as `ncpm diagnostics --area`
 * gives them (the JSON object of {@link DiagnosticsDocument}, the CSV columns of
 * {@link DiagnosticsColumns}), and the coverage of data.police.uk months, {@code /api/v1/coverage?area=},
 * with the columns of `ncpm coverage`. JSON by default, CSV with {@code Accept: text/csv} or a
 * {@code .csv} path; {@code .json} always JSON. A force without figures has no sources: an empty
 * answer, not an error. Unknown force: 404; an area that is not a force (England and
 * Wales, a region): 400, as diagnostics and coverage are per force.
 */
final class DiagnosticsApi {

    private final Catalogue catalogue;
    private final Snapshot snapshot;

    DiagnosticsApi(Catalogue catalogue, Snapshot snapshot) {
        this.catalogue = catalogue;
        this.snapshot = snapshot;
    }

    void diagnostics(Context ctx) {
        Force force = force(ctx.pathParam("code"));
        Optional<Diagnostics> diagnostics = snapshot.diagnostics().of(force);
        if (ApiFormat.wantsCsv(ctx)) {
            ApiFormat.csv(ctx, "ncpm-diagnostics-" + force.code() + ".csv", DiagnosticsColumns.NAMES,
                    diagnostics.map(d -> DiagnosticsColumns.rows(d, catalogue)).orElse(List.of()), snapshot.sample());
            return;
        }
        ctx.json(diagnostics.map(d -> DiagnosticsDocument.of(snapshot.sample(), d, catalogue))
                .orElseGet(() -> DiagnosticsDocument.without(snapshot.sample(), force)));
    }

    void coverage(Context ctx) {
        Optional<String> area = ctx.pathParamMap().containsKey("area") ? Optional.of(ctx.pathParam("area"))
                : Optional.ofNullable(ctx.queryParam("area")).filter(a -> !a.isBlank());
        Optional<Force> force = area.map(this::coverageArea);
        List<CoverageRow> rows = force.map(snapshot.diagnostics()::coverage).orElse(snapshot.diagnostics().coverage());
        List<List<Object>> cells = rows.stream().map(CoverageColumns::of).toList();
        if (ApiFormat.wantsCsv(ctx)) {
            ApiFormat.csv(ctx, "ncpm-coverage" + force.map(f -> "-" + f.code()).orElse("") + ".csv", CoverageColumns.NAMES, cells, snapshot.sample());
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sample", snapshot.sample());
        body.put("coverage", ApiFormat.objects(CoverageColumns.NAMES, cells));
        ctx.json(body);
    }

    /** Diagnostics are per territorial force (README): England and Wales, a region or BTP is a bad parameter, not missing. */
    private Force force(String code) {
        Optional<Force> force = catalogue.forces().find(code);
        if (force.isPresent()) {
            return force.get();
        }
        Optional<String> other = otherArea(code);
        if (other.isPresent()) {
            throw new BadRequestResponse("diagnostics are per force, and '" + code + "' (" + other.get()
                    + ") is not a territorial force; see /api/v1/forces for the 43 forces");
        }
        throw new NotFoundResponse("unknown force '" + code
                + "'; expected an ONS police force area code such as W15000002 or a data.police.uk name such as gwent");
    }

    /** The name of a known area that is not a territorial force: England and Wales, a region, a non-territorial body. */
    private Optional<String> otherArea(String code) {
        return catalogue.areas().find(code).map(a -> a.name())
                .or(() -> catalogue.forces().findNonTerritorial(code).map(b -> b.name()));
    }

    /** Coverage is per territorial force: another known area is a bad parameter, an unknown one is not found. */
    private Force coverageArea(String area) {
        Optional<Force> force = catalogue.forces().find(area);
        if (force.isPresent()) {
            return force.get();
        }
        Optional<String> other = otherArea(area);
        if (other.isPresent()) {
            throw new BadRequestResponse("area must be a territorial force, as coverage is per force and month; found '"
                    + area + "' (" + other.get() + ")");
        }
        throw new NotFoundResponse("unknown area '" + area + "'; expected a force code such as W15000002 or a name such as gwent");
    }
}
