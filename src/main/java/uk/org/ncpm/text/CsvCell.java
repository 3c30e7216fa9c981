package uk.org.ncpm.text;

import java.util.regex.Pattern;

/**
 * The text of one CSV cell with spreadsheet formulas neutralised (OWASP CSV injection): a cell a
 * spreadsheet would run as a formula gets a leading quote mark. Quoting is {@link CsvTable}'s.
 */
public final class CsvCell {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private CsvCell() {
    }

    /** Text starting with =, +, -, @, tab or CR gets a leading quote mark, unless it is a number ("-1.5", "-3e5"). */
    public static String neutralised(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !NUMBER.matcher(text).matches()) {
            return "'" + text;
        }
        return text;
    }
}
