package uk.org.ncpm.ingest.ons;

import org.apache.poi.ss.usermodel.Row;
import uk.org.ncpm.catalogue.NonTerritorialBody;
import uk.org.ncpm.ingest.IngestException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The data rows of one table, from below the header down to the source line or the first footnote.
 * A row counts when it names an area and has something in a value cell (the "Numbers" unit row and
 * spacer rows do not).
 */
final class PfaTableRows {

    private static final Pattern END_OF_TABLE = Pattern.compile("(?i)^\\s*(source\\b|notes?\\b|\\d+\\s*[.)]\\s*\\S).*",
            Pattern.DOTALL);

    /** One cell read for a series. */
    record Figure(PublishedCount count, CellPlace place) {
    }

    /**
     * A row of a territorial force or of an area above the forces; figures keyed by the column read.
     *
     * @param footnotes the footnote numbers on the row's name and code cells
     * @param excludes  what a total's printed label leaves out ("Greater Manchester Police"), else empty
     */
    record AreaRow(String areaCode, int row, List<String> footnotes, Map<Located, Figure> figures,
                   List<String> excludes) {
    }

    record SetAsideRow(NonTerritorialBody body, int row, Map<Located, Figure> figures) {
    }

    /**
     * @param end   the 0-based row where the table's data end (its source line or first footnote)
     * @param notes remarks for the ingest report, e.g. a partial total not stored
     */
    record Read(List<AreaRow> areas, List<SetAsideRow> setAside, int end, List<String> notes) {
    }

    private record Candidate(int row, String code, PublishedLabel name) {
    }

    private record Partial(Candidate candidate, PfaAreaNames.PartialTotal total, Map<Located, Figure> figures) {
    }

    private PfaTableRows() {
    }

    static Read read(String file, PfaTableLayout layout, List<Located> columns, PfaAreaNames names)
            throws IngestException {
        int[] end = {layout.sheet().getLastRowNum() + 1};
        List<Candidate> candidates = candidates(layout, end);
        List<AreaRow> areas = new ArrayList<>();
        List<SetAsideRow> setAside = new ArrayList<>();
        List<Partial> partials = new ArrayList<>();
        List<String> remarks = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            String next = i + 1 < candidates.size() ? candidates.get(i + 1).name().text() : "";
            CellPlace namePlace = new CellPlace(file, layout.sheetName(), c.row(), layout.nameColumn(), layout.nameHeading());
            CellPlace codePlace = new CellPlace(file, layout.sheetName(), c.row(),
                    layout.codeColumn().orElse(layout.nameColumn()), layout.codeHeading());
            PfaAreaNames.Match match = names.resolve(c.code(), c.name().text(), next, seen.keySet(), codePlace, namePlace);
            Map<Located, Figure> figures = figures(file, layout, c.row(), columns);
            if (match instanceof PfaAreaNames.Territorial t) {
                Integer earlier = seen.putIfAbsent(t.code(), c.row());
                if (earlier != null) {
                    throw namePlace.error("area " + t.code() + " ('" + c.name().text() + "') appears twice in the table, "
                            + "also at row " + (earlier + 1));
                }
                areas.add(new AreaRow(t.code(), c.row(), c.name().footnotes(), figures, List.of()));
                if (!t.remark().isEmpty()) {
                    remarks.add(layout.tableName() + ", " + t.remark());
                }
            } else if (match instanceof PfaAreaNames.SetAside s) {
                setAside.add(new SetAsideRow(s.body(), c.row(), figures));
            } else if (match instanceof PfaAreaNames.PartialTotal p) {
                partials.add(new Partial(c, p, figures));
            }
        }
        List<String> notes = new ArrayList<>(remarks);
        for (Partial p : partials) {
            // The full total is the area's figure; a partial one stands in for it only where the table has no full one.
            String printed = "row " + (p.candidate().row() + 1) + " ('" + p.candidate().name().text() + "')";
            if (seen.putIfAbsent(p.total().code(), p.candidate().row()) != null) {
                notes.add(layout.tableName() + ": " + printed + " not stored: the table also gives the full total");
            } else {
                areas.add(new AreaRow(p.total().code(), p.candidate().row(), p.candidate().name().footnotes(), p.figures(),
                        List.of(p.total().excluded())));
                notes.add(layout.tableName() + ": " + printed + " stored as the total of " + p.total().code()
                        + ", which the table gives only without " + p.total().excluded());
            }
        }
        return new Read(areas, setAside, end[0], notes);
    }

    /**
     * A series, the column it was found in and the 12 months the column gives: its own heading's
     * ("Jul '17 to Jun '18") in a table of several years, else the table title's.
     */
    record Located(SeriesColumn series, PfaTableLayout.Column column, EditionPeriod period) {
    }

    private static Map<Located, Figure> figures(String file, PfaTableLayout layout, int row, List<Located> columns)
            throws IngestException {
        Map<Located, Figure> figures = new LinkedHashMap<>();
        Row cells = layout.sheet().getRow(row);
        for (Located located : columns) {
            int column = located.column().index();
            CellPlace place = new CellPlace(file, layout.sheetName(), row, column,
                    PublishedLabel.display(located.column().own()));
            figures.put(located, new Figure(PublishedCount.read(cells.getCell(column), place), place));
        }
        return figures;
    }

    private static List<Candidate> candidates(PfaTableLayout layout, int[] end) {
        List<Candidate> candidates = new ArrayList<>();
        for (int r = layout.headerRow() + 1; r <= layout.sheet().getLastRowNum(); r++) {
            Row row = layout.sheet().getRow(r);
            if (row == null) {
                continue;
            }
            String code = layout.codeColumn().isPresent() ? SheetText.of(row.getCell(layout.codeColumn().getAsInt())).trim() : "";
            String name = SheetText.of(row.getCell(layout.nameColumn()));
            String markers = SheetText.superscript(row.getCell(layout.nameColumn()));
            if (layout.codeColumn().isPresent()) {
                // a marker may sit on the code instead ("E23000011" with a raised 8 in the June 2018 Table P2)
                String onCode = SheetText.superscript(row.getCell(layout.codeColumn().getAsInt()));
                markers = onCode.isBlank() ? markers : markers + (markers.isBlank() ? "" : ",") + onCode;
            }
            if (END_OF_TABLE.matcher(name).matches() || END_OF_TABLE.matcher(code).matches()) {
                end[0] = r;
                break;
            }
            if ((name.isBlank() && code.isBlank()) || !hasValues(row, layout)) {
                continue;
            }
            candidates.add(new Candidate(r, code, PublishedLabel.of(name, markers)));
        }
        return candidates;
    }

    private static boolean hasValues(Row row, PfaTableLayout layout) {
        for (PfaTableLayout.Column column : layout.columns()) {
            if (!SheetText.of(row.getCell(column.index())).isBlank()) {
                return true;
            }
        }
        return false;
    }
}
