package uk.org.ncpm.measures;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The forces' figures of one figure source and rolling year, by force code, read for rates and counts:
 * a figure without a rate says why (not available, or no population loaded).
 */
record ForceRates(Map<String, Figure> figures) {

    ForceRates {
        figures = Map.copyOf(figures);
    }

    Optional<Figure> figure(String forceCode) {
        return Optional.ofNullable(figures.get(forceCode));
    }

    OptionalDouble rate(String forceCode) {
        Figure f = figures.get(forceCode);
        return f != null && f.isAvailable() ? f.rate() : OptionalDouble.empty();
    }

    /** Why a force has no rate: its figure's reason, no population, or no figure at all. */
    String whyNoRate(String forceCode) {
        Figure f = figures.get(forceCode);
        if (f == null) {
            return "no figure from this source";
        }
        if (!f.isAvailable()) {
            return f.reason().isEmpty() ? "not available" : f.reason();
        }
        // The figure says why it has no rate (docs/method.md, "Rates"): no estimate near enough, City of London, …
        return java.util.Arrays.stream(f.reason().split("; ")).filter(n -> n.startsWith("no rate")).findFirst()
                .orElse("no population loaded: no rate");
    }
}
