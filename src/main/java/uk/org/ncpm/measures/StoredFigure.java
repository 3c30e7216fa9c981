package uk.org.ncpm.measures;

import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalDouble;

/** A figure as stored by the last compute, for listings and the API. */
public record StoredFigure(String metric, String areaCode, YearMonth periodEnd, String source, String sourceLabel,
                           String unit, OptionalDouble value, OptionalDouble lower, OptionalDouble upper,
                           OptionalDouble rate, OptionalDouble ratePer, String populationNote, OptionalDouble baseline,
                           OptionalDouble change, OptionalDouble changePct, OptionalDouble pValue,
                           Optional<String> verdict, String excludedForces, OptionalDouble published, String status,
                           String reason, String sourceFiles, String catalogueVersion) {

    public boolean isAvailable() {
        return value.isPresent();
    }
}
