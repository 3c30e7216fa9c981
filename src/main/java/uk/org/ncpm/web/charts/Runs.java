package uk.org.ncpm.web.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Maximal runs of consecutive positions that have something to draw. A line is drawn within a run
 * and never across a gap, so a missing period shows as a break in the line, never as zero.
 *
 * @param first first position of the run
 * @param last  last position of the run (inclusive)
 */
record Runs(int first, int last) {

    static List<Runs> of(int size, IntPredicate present) {
        List<Runs> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= size; i++) {
            boolean here = i < size && present.test(i);
            if (here && start < 0) {
                start = i;
            } else if (!here && start >= 0) {
                runs.add(new Runs(start, i - 1));
                start = -1;
            }
        }
        return runs;
    }

    int length() {
        return last - first + 1;
    }
}
