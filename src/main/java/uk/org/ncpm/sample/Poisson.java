package uk.org.ncpm.sample;

import java.util.SplittableRandom;

/** Poisson draws for synthetic counts: Knuth's method for small means, the normal approximation above 50. */
final class Poisson {

    private Poisson() {
    }

    static long draw(SplittableRandom random, double mean) {
        if (mean > 50) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        long k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }
}
