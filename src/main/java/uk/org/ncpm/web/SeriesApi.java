package uk.org.ncpm.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.text.FigureColumns;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /api/v1/series/{metric}/{area}}: every rolling year of a metric for one area, oldest first
 * (sources in the order of their ids within a year), in the columns of `ncpm figures`; JSON by default,
 * CSV with {@code Accept: text/csv}, and always one or the other at the {@code .json} and {@code .csv}
 * paths that a static copy of the site holds as files. Optional {@code from} and {@code to} (quarter
 * ends, YYYY-MM) bound the years. Unknown metric or area: 404; a malformed or reversed range: 400.
 * The context series {@code police-officers-fte} has no rolling years: {@link OfficerNumbersApi} answers it.
 */
final class SeriesApi {

    static final String PATH = "/api/v1/series/";

    private final Catalogue catalogue;
    private final Snapshot snapshot;

    SeriesApi(Catalogue catalogue, Snapshot snapshot) {
        this.catalogue = catalogue;
        this.snapshot = snapshot;
    }

    void series(Context ctx) {
        String metric = ctx.pathParam("metric");
        if (!catalogue.isObservable(metric)) {
            throw new NotFoundResponse("unknown metric '" + metric + "'; see /api/v1/measures for the metrics");
        }
        String given = ctx.pathParam("area");
        String area = catalogue.areaCode(given)
                .orElseThrow(() -> new NotFoundResponse("unknown area '" + given + "'; expected a code such as E23000003 or K04000001"
                        + " or a force's data.police.uk name such as gwent"));
        if (OfficerNumbersApi.SERIES.equals(metric)) {
            OfficerNumbersApi.answer(ctx, catalogue, snapshot, area);
            return;
        }
        Optional<YearMonth> from = bound(ctx, "from");
        Optional<YearMonth> to = bound(ctx, "to");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new BadRequestResponse("from " + from.get() + " is after to " + to.get() + "; give the earlier rolling year first");
        }
        List<Figure> series = snapshot.figures(Optional.of(metric), Optional.of(area), Optional.empty()).stream()
                .filter(f -> from.map(m -> !f.periodEnd().isBefore(m)).orElse(true))
                .filter(f -> to.map(m -> !f.periodEnd().isAfter(m)).orElse(true))
                .sorted(Comparator.comparing(Figure::periodEnd).thenComparing(Figure::source)).toList();
        if (ApiFormat.wantsCsv(ctx)) {
            // metric and area are catalogue ids by now: safe in a header
            ApiFormat.csv(ctx, "ncpm-series-" + metric + "-" + area + ".csv", FigureColumns.NAMES,
                    FiguresApi.rows(series, catalogue), snapshot.sample());
        } else {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("sample", snapshot.sample());
            body.put("metric", metric);
            body.put("area_code", area);
            body.put("area_name", catalogue.areaName(area).orElse(area));
            body.put("figures", FiguresApi.json(series, catalogue));
            ctx.json(body);
        }
    }

    private static Optional<YearMonth> bound(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).filter(p -> !p.isBlank()).map(p -> FiguresApi.period(name, p));
    }
}
