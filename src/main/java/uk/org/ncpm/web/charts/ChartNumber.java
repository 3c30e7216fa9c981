package uk.org.ncpm.web.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A figure in a chart's words, as the site's tables write it: whole numbers from 100 up, one decimal
 * below, thousands grouped ("1,234", "63", "10.6").
 */
final class ChartNumber {

    private ChartNumber() {
    }

    static String format(double value) {
        BigDecimal d = BigDecimal.valueOf(value);
        d = d.abs().compareTo(BigDecimal.valueOf(100)) >= 0 ? d.setScale(0, RoundingMode.HALF_UP)
                : d.setScale(1, RoundingMode.HALF_UP);
        int decimals = Math.max(0, d.stripTrailingZeros().scale());
        String text = String.format(Locale.UK, "%,." + decimals + "f", d);
        return text.equals("-0") ? "0" : text;
    }
}
