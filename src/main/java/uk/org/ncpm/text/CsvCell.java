package uk.org.ncpm.text;

import java.util.regex.Pattern;

/** One CSV cell: quoted as RFC 4180 needs, with spreadsheet formulas neutralised (OWASP CSV injection). */
public final class CsvCell {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private CsvCell() {
    }

    /** Text a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading quote mark; numbers stay. */
    public static String of(String text) {
        String cell = text;
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !NUMBER.matcher(cell).matches()) {
            cell = "'" + cell;
        }
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
