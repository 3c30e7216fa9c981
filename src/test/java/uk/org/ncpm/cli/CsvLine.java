package uk.org.ncpm.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A deliberately small RFC 4180 field splitter for one line, written for the tests so that they
 * count rows without the product's reader. Real street files quote fields with commas
 * ({@code "On or near Asda, Thurmaston"}) but never break a field across lines, so a line is a row;
 * an unbalanced quote fails loudly rather than miscounting.
 */
final class CsvLine {

    private CsvLine() {
    }

    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unbalanced quote in line: " + line);
        }
        fields.add(field.toString());
        return fields;
    }
}
