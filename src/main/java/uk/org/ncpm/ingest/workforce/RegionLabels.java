package uk.org.ncpm.ingest.workforce;

import java.util.Map;
import java.util.Optional;

/**
 * The region subtotal rows of the workforce Table 1, by the label the Home Office prints. "West
 * Midlands" and "London" are both a region and (nearly) a force, so a label opens a region only when
 * it does not name a force of the region already open (see {@link PoliceWorkforceReader}).
 */
final class RegionLabels {

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("north east", "E12000001"),
            Map.entry("north west", "E12000002"),
            Map.entry("yorkshire and the humber", "E12000003"),
            Map.entry("east midlands", "E12000004"),
            Map.entry("west midlands", "E12000005"),
            Map.entry("eastern", "E12000006"),
            Map.entry("london", "E12000007"),
            Map.entry("south east", "E12000008"),
            Map.entry("south west", "E12000009"),
            Map.entry("wales", "W92000004"));

    private RegionLabels() {
    }

    /** The region's code (Wales: the country), or empty when the label is not a region of the table. */
    static Optional<String> code(String label) {
        return Optional.ofNullable(CODES.get(label.strip().toLowerCase(java.util.Locale.ROOT)));
    }
}
