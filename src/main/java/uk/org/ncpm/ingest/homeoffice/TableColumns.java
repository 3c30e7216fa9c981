package uk.org.ncpm.ingest.homeoffice;

import uk.org.ncpm.ingest.IngestException;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns a reader needs, found by header name (any order, case and surrounding spaces
 * ignored); a missing one fails the file naming it.
 */
final class TableColumns {

    private final Map<String, Integer> indexByName;

    private TableColumns(Map<String, Integer> indexByName) {
        this.indexByName = indexByName;
    }

    static TableColumns find(RawTable table, List<String> required) throws IngestException {
        Map<String, Integer> found = new HashMap<>();
        for (int i = table.header().size() - 1; i >= 0; i--) {
            found.put(key(table.header().get(i)), i);
        }
        Map<String, Integer> index = new HashMap<>();
        for (String name : required) {
            Integer i = found.get(key(name));
            if (i == null) {
                throw table.headerPosition().error(name, "missing column '" + name + "'; the header has "
                        + String.join(", ", table.header()));
            }
            index.put(name, i);
        }
        return new TableColumns(index);
    }

    /** True when a header holds every one of the names. */
    static boolean contains(List<String> header, List<String> names) {
        List<String> keys = header.stream().map(TableColumns::key).toList();
        return names.stream().map(TableColumns::key).allMatch(keys::contains);
    }

    Object cell(RawTable.Row row, String column) {
        Integer i = indexByName.get(column);
        if (i == null) {
            throw new IllegalArgumentException("column '" + column + "' was not asked for");
        }
        return row.cell(i);
    }

    String text(RawTable.Row row, String column) {
        return Cells.text(cell(row, column));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
