package uk.org.ncpm.measures;

import java.util.Optional;

/** A rate, or why there is none (empty when the metric has no rate at all). */
record RateOutcome(Optional<Rate> rate, String note) {

    static final RateOutcome NO_RATE = new RateOutcome(Optional.empty(), "");

    static RateOutcome none(String why) {
        return new RateOutcome(Optional.empty(), why);
    }

    /** The count the rate rests on: for a national rate, only the forces in it. */
    long count() {
        Rate r = rate.orElseThrow();
        return Math.round(r.value() * r.population() / r.per());
    }
}
