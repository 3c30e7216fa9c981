package uk.org.ncpm.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import uk.org.ncpm.catalogue.Catalogue;

import java.util.Optional;

/** The {@code --metric ID} and {@code --area CODE} filters of the listing commands, checked against the catalogue. */
final class MetricAreaFilter {

    @Option(names = "--metric", paramLabel = "ID", description = "Catalogue metric or series id, e.g. homicide, population.")
    String metric;

    @Option(names = "--area", paramLabel = "CODE",
            description = "Area code (E23…, W15…, E12…, E92000001, W92000004, K04000001) or a force's name.")
    String area;

    /** The metric asked for, if any; an unknown id is a usage error naming it. */
    Optional<String> metric(Catalogue catalogue, CommandSpec spec) {
        if (metric != null && !catalogue.isObservable(metric)) {
            throw new ParameterException(spec.commandLine(), "--metric: unknown metric or series '" + metric
                    + "'; expected one of " + catalogue.metrics().stream().map(m -> m.id()).toList()
                    + " or a series such as population");
        }
        return Optional.ofNullable(metric);
    }

    /** The area code asked for, if any, resolved from a code or any name a source uses. */
    Optional<String> areaCode(Catalogue catalogue, CommandSpec spec) {
        return area == null ? Optional.empty() : Optional.of(AreaOption.code(catalogue, area, spec));
    }
}
