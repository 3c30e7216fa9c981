package uk.org.ncpm.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import uk.org.ncpm.measures.RollingPeriod;

import java.time.YearMonth;

/**
 * Reads a {@code --period} value as a rolling year. picocli has already read the YYYY-MM; whether it
 * is a quarter end is {@link RollingPeriod}'s rule, told in its words after the option's name.
 */
final class PeriodOption {

    private PeriodOption() {
    }

    static RollingPeriod rollingYear(YearMonth lastMonth, CommandSpec spec) {
        try {
            return RollingPeriod.parse(lastMonth.toString());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--period: " + e.getMessage());
        }
    }
}
