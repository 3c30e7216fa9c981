package uk.org.ncpm.web;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/** A month as charts and month tables show it: "Jun 2019" (en-GB short names, so "Sept 2020"). */
final class MonthLabel {

    private MonthLabel() {
    }

    static String of(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK) + " " + month.getYear();
    }
}
