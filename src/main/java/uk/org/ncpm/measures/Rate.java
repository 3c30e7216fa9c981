package uk.org.ncpm.measures;

import java.util.OptionalDouble;

/**
 * A value per {@code per} residents, with its interval, and the population estimate it rests on
 * (docs/method.md, "Rates").
 *
 * @param population     residents: the mid-year estimate of the area, or the sum over the forces in a national rate
 * @param populationYear the mid-year of the estimate (every force of one national rate uses the same one)
 * @param populationNote e.g. "mid-2018 estimate"; for a national rate, also the forces left out of it
 */
public record Rate(double value, OptionalDouble lower, OptionalDouble upper, int per, double population,
                   int populationYear, String populationNote) {
}
