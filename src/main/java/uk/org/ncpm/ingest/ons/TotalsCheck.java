package uk.org.ncpm.ingest.ons;

import uk.org.ncpm.catalogue.Area;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Compares each total row (England and Wales, England, Wales, a region) with the sum of its forces
 * in the same table, series by series. ONS totals may include British Transport Police, whereas the
 * national figure of the measures is the sum of the 43 territorial forces (docs/method.md, "England and Wales"). The
 * footnotes saying so are unreliable (in some editions the marker is missing or points to the wrong
 * note; in one the BTP figure sits in England rather than England and Wales), so the arithmetic, not
 * the footnote, decides what a total is noted to include.
 */
final class TotalsCheck {

    /**
     * A caveat for one total figure.
     *
     * @param gist what the note says in short, shared by every series it applies to
     *             (e.g. {@code includes British Transport Police})
     */
    record Finding(String areaCode, PfaTableRows.Located column, String gist, String note) {

        String seriesId() {
            return column.series().seriesId();
        }
    }

    private TotalsCheck() {
    }

    static List<Finding> of(Catalogue catalogue, PfaTableRows.Read rows) {
        Map<String, PfaTableRows.AreaRow> byCode = new HashMap<>();
        rows.areas().forEach(r -> byCode.put(r.areaCode(), r));
        List<Finding> findings = new ArrayList<>();
        for (PfaTableRows.AreaRow total : rows.areas()) {
            List<Force> members = members(catalogue, total.areaCode());
            if (members.isEmpty() || !members.stream().allMatch(f -> byCode.containsKey(f.code()))) {
                continue;
            }
            for (Map.Entry<PfaTableRows.Located, PfaTableRows.Figure> figure : total.figures().entrySet()) {
                PfaTableRows.Located series = figure.getKey();
                OptionalDouble published = figure.getValue().count().value();
                OptionalDouble sum = sum(members, byCode, series);
                if (published.isEmpty() || sum.isEmpty() || published.getAsDouble() == sum.getAsDouble()) {
                    continue;
                }
                findings.add(explain(total.areaCode(), series, published.getAsDouble() - sum.getAsDouble(),
                        sum.getAsDouble(), rows));
            }
        }
        return findings;
    }

    private static Finding explain(String area, PfaTableRows.Located series, double difference, double sum,
                                   PfaTableRows.Read rows) {
        for (PfaTableRows.SetAsideRow body : rows.setAside()) {
            OptionalDouble value = body.figures().get(series).count().value();
            if (value.isPresent() && value.getAsDouble() != 0 && value.getAsDouble() == difference) {
                String gist = "includes " + body.body().name();
                return new Finding(area, series, gist, gist + ": the table's total is the sum of its forces ("
                        + whole(sum) + ") plus the " + body.body().name() + " row (" + whole(difference) + ")");
            }
        }
        String gist = "differs from the sum of its forces in the table";
        return new Finding(area, series, gist, gist + " (" + whole(sum) + ") by " + whole(difference));
    }

    private static List<Force> members(Catalogue catalogue, String areaCode) {
        List<Force> forces = catalogue.forces().territorial();
        return switch (areaCode) {
            case Area.ENGLAND_AND_WALES -> forces;
            case Area.ENGLAND -> forces.stream().filter(f -> f.code().startsWith("E")).toList();
            default -> forces.stream().filter(f -> f.regionCode().equals(areaCode)).toList();
        };
    }

    private static OptionalDouble sum(List<Force> members, Map<String, PfaTableRows.AreaRow> byCode,
                                      PfaTableRows.Located series) {
        double sum = 0;
        for (Force force : members) {
            OptionalDouble value = byCode.get(force.code()).figures().get(series).count().value();
            if (value.isEmpty()) {
                return OptionalDouble.empty();
            }
            sum += value.getAsDouble();
        }
        return OptionalDouble.of(sum);
    }

    private static String whole(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
