package uk.org.ncpm.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The mark a CSV of figures from sample data carries in the file itself: a last column saying so on every
 * row, as the sample's street files carry it in their Context column, so a downloaded file cannot pass for
 * real figures once it is away from the page or the terminal that said so.
 */
public final class SampleMark {

    public static final String COLUMN = "sample_data";
    public static final String TEXT = "SAMPLE DATA - synthetic - not real crime figures";

    private SampleMark() {
    }

    public static List<String> columns(List<String> columns) {
        List<String> marked = new ArrayList<>(columns);
        marked.add(COLUMN);
        return marked;
    }

    public static List<List<Object>> rows(List<? extends List<?>> rows) {
        return rows.stream().map(row -> {
            List<Object> marked = new ArrayList<Object>(row);
            marked.add(TEXT);
            return marked;
        }).toList();
    }
}
