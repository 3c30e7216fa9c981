package uk.org.ncpm.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import uk.org.ncpm.catalogue.Catalogue;

/** Resolves an {@code --area} value: a force or area code, or any name a source uses. */
final class AreaOption {

    private AreaOption() {
    }

    static String code(Catalogue catalogue, String area, CommandSpec spec) {
        return catalogue.areaCode(area)
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "--area: unknown area '" + area
                        + "'; expected a code such as E23000003 or K04000001"));
    }
}
