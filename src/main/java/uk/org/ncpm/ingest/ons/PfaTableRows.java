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

    /** A row of a territorial force or of an area above the forces; figures keyed by series id. */
    record AreaRow(String areaCode, int row, List<String> footnotes, Map<String, Figure> figures) {
    }

    record SetAsideRow(NonTerritorialBody body, int row, Map<String, Figure> figures) {
    }

    record Read(List<AreaRow> areas, List<SetAsideRow> setAside) {
    }

    private record Candidate(int row, String code, PublishedLabel name) {
    }

    private PfaTableRows() {
    }

    static Read read(String file, PfaTableLayout layout, List<Located> columns, PfaAreaNames names)
            throws IngestException {
        List<Candidate> candidates = candidates(layout);
        List<AreaRow> areas = new ArrayList<>();
        List<SetAsideRow> setAside = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            String next = i + 1 < candidates.size() ? candidates.get(i + 1).name().text() : "";
            CellPlace namePlace = new CellPlace(file, layout.sheetName(), c.row(), layout.nameColumn(), layout.nameHeading());
            CellPlace codePlace = new CellPlace(file, layout.sheetName(), c.row(),
                    layout.codeColumn().orElse(layout.nameColumn()), layout.codeHeading());
            PfaAreaNames.Match match = names.resolve(c.code(), c.name().text(), next, seen.keySet(), codePlace, namePlace);
            Map<String, Figure> figures = figures(file, layout, c.row(), columns);
            if (match instanceof PfaAreaNames.Territorial t) {
                Integer earlier = seen.putIfAbsent(t.code(), c.row());
                if (earlier != null) {
                    throw namePlace.error("area " + t.code() + " ('" + c.name().text() + "') appears twice in the table, "
                            + "also at row " + (earlier + 1));
                }
                areas.add(new AreaRow(t.code(), c.row(), c.name().footnotes(), figures));
            } else if (match instanceof PfaAreaNames.SetAside s) {
                setAside.add(new SetAsideRow(s.body(), c.row(), figures));
            }
        }
        return new Read(areas, setAside);
    }

    /** A series and the column it was found in. */
    record Located(SeriesColumn series, PfaTableLayout.Column column) {
    }

    private static Map<String, Figure> figures(String file, PfaTableLayout layout, int row, List<Located> columns)
            throws IngestException {
        Map<String, Figure> figures = new LinkedHashMap<>();
        Row cells = layout.sheet().getRow(row);
        for (Located located : columns) {
            int column = located.column().index();
            CellPlace place = new CellPlace(file, layout.sheetName(), row, column,
                    PublishedLabel.display(located.column().own()));
            figures.put(located.series().seriesId(), new Figure(PublishedCount.read(cells.getCell(column), place), place));
        }
        return figures;
    }

    private static List<Candidate> candidates(PfaTableLayout layout) {
        List<Candidate> candidates = new ArrayList<>();
        for (int r = layout.headerRow() + 1; r <= layout.sheet().getLastRowNum(); r++) {
            Row row = layout.sheet().getRow(r);
            if (row == null) {
                continue;
            }
            String code = layout.codeColumn().isPresent() ? SheetText.of(row.getCell(layout.codeColumn().getAsInt())).trim() : "";
            String name = SheetText.of(row.getCell(layout.nameColumn()));
            String markers = SheetText.superscript(row.getCell(layout.nameColumn()));
            if (END_OF_TABLE.matcher(name).matches() || END_OF_TABLE.matcher(code).matches()) {
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
