package uk.org.ncpm.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.measures.Figure;
import uk.org.ncpm.measures.RollingPeriod;
import uk.org.ncpm.text.FigureColumns;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /api/v1/figures?metric=&area=&period=}: the figures of `ncpm figures`, JSON by default,
 * CSV with {@code Accept: text/csv} or the {@code .csv} path ({@code .json}: always JSON). The
 * metric may also be a path segment, {@code /api/v1/figures/homicide.csv}, which a static copy of
 * the site can hold as a file, and so may the period: {@code /api/v1/periods/2021-06/figures.csv} is every
 * figure of the year ending June 2021. Unknown metric or area: 404; a malformed period: 400.
 */
final class FiguresApi {

    private final Catalogue catalogue;
    private final Snapshot snapshot;

    FiguresApi(Catalogue catalogue, Snapshot snapshot) {
        this.catalogue = catalogue;
        this.snapshot = snapshot;
    }

    void figures(Context ctx) {
        Optional<String> metric = ctx.pathParamMap().containsKey("metric") ? Optional.of(ctx.pathParam("metric"))
                : Optional.ofNullable(ctx.queryParam("metric")).filter(m -> !m.isBlank());
        metric.filter(m -> !catalogue.isObservable(m)).ifPresent(m -> {
            throw new NotFoundResponse("unknown metric '" + m + "'; the metrics are listed at /api/v1/measures");
        });
        Optional<String> area = Optional.ofNullable(ctx.queryParam("area")).filter(a -> !a.isBlank()).map(a ->
                catalogue.areaCode(a)
                        .orElseThrow(() -> new NotFoundResponse("unknown area '" + a + "'; expected a code such as E23000003 or K04000001")));
        Optional<YearMonth> period = (ctx.pathParamMap().containsKey("period") ? Optional.of(ctx.pathParam("period"))
                : Optional.ofNullable(ctx.queryParam("period")).filter(p -> !p.isBlank())).map(p -> period("period", p));
        List<Figure> figures = snapshot.figures(metric, area, period);
        if (figures.isEmpty() && ctx.pathParamMap().containsKey("period")) {
            throw new NotFoundResponse("no figures for the rolling year ending " + ctx.pathParam("period")
                    + "; the years with figures are listed on /data");
        }
        if (ApiFormat.wantsCsv(ctx)) {
            ApiFormat.csv(ctx, "ncpm-figures" + metric.map(m -> "-" + m).orElse("")
                    + (ctx.pathParamMap().containsKey("period") ? period.map(p -> "-" + p).orElse("") : "") + ".csv",
                    FigureColumns.NAMES, rows(figures, catalogue), snapshot.sample());
        } else {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("sample", snapshot.sample());
            body.put("figures", json(figures, catalogue));
            ctx.json(body);
        }
    }

    /** The last month of a rolling year, given as parameter {@code name}: YYYY-MM and a quarter end, or a 400. */
    static YearMonth period(String name, String text) {
        try {
            return RollingPeriod.parse(text).lastMonth();
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(name + " " + e.getMessage());
        }
    }

    /** The published columns of each figure, with its area's name from the catalogue. */
    static List<List<Object>> rows(List<Figure> figures, Catalogue catalogue) {
        return figures.stream().map(f -> FigureColumns.of(f, catalogue.areaName(f.areaCode()).orElse(f.areaCode()))).toList();
    }

    static List<Map<String, Object>> json(List<Figure> figures, Catalogue catalogue) {
        List<Map<String, Object>> rows = ApiFormat.objects(FigureColumns.NAMES, rows(figures, catalogue));
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            rows.get(i).put("reason", f.reason());
            rows.get(i).put("source_label", f.sourceLabel());
            rows.get(i).put("source_files", f.sourceFiles());
        }
        return rows;
    }
}
