package uk.org.ncpm.web;

import io.javalin.http.Context;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.ingest.workforce.PoliceWorkforceReader;
import uk.org.ncpm.text.NumberText;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * {@code /api/v1/series/police-officers-fte/{area}}: police officer numbers of a force or of England
 * and Wales at each date loaded, oldest first, each from its latest edition; JSON, or CSV with
 * {@code Accept: text/csv} or the {@code .csv} path. Context for the measures, not a figure: no
 * rolling year, change test or verdict, so not in the columns of {@code ncpm figures}.
 */
final class OfficerNumbersApi {

    static final String SERIES = PoliceWorkforceReader.SERIES;
    static final List<String> COLUMNS = List.of("series", "area_code", "area_name", "as_at", "value", "unit", "edition");

    private OfficerNumbersApi() {
    }

    /** @param area a catalogue area code (the route has resolved it) */
    static void answer(Context ctx, Catalogue catalogue, Snapshot snapshot, String area) {
        String name = catalogue.areaName(area).orElse(area);
        List<OfficerNumbers.Officers> officers = snapshot.officerNumbers(area).map(OfficerNumbers::officers).orElse(List.of());
        List<List<Object>> rows = officers.stream().<List<Object>>map(o -> List.of(SERIES, area, name, o.date().toString(),
                fte(o.fte()), PoliceWorkforceReader.UNIT, o.edition())).toList();
        if (ApiFormat.wantsCsv(ctx)) {
            ApiFormat.csv(ctx, "ncpm-series-" + SERIES + "-" + area + ".csv", COLUMNS, rows, snapshot.sample());
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sample", snapshot.sample());
        body.put("metric", SERIES);
        body.put("area_code", area);
        body.put("area_name", name);
        body.put("context", OfficerNumbers.NOT_A_MEASURE);
        body.put("source", OfficerNumbers.SOURCE);
        body.put("observations", ApiFormat.objects(COLUMNS, rows));
        snapshot.officerNumbers(area).flatMap(OfficerNumbers::sinceUpliftBegan)
                .ifPresent(c -> body.put("change_since_31_march_2019", fte(c.officers())));
        ctx.json(body);
    }

    /** Two decimal places, as the Home Office tables show FTEs: the stored totals carry the float noise of their sums. */
    private static Object fte(double value) {
        return NumberText.plain(OptionalDouble.of(value), 2);
    }
}
