package uk.org.ncpm.cli;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one street file holds, in the terms both the CSV and the store can be counted in.
 *
 * @param rows                 data rows
 * @param crimeRecords         rows with a Crime ID (duplicates included, as published)
 * @param antiSocialBehaviour  rows without a Crime ID
 * @param duplicateCrimeIds    crime records whose Crime ID repeats an earlier row of the file
 * @param rowsWithoutLocation  rows with an empty Longitude
 * @param distinctLsoaCodes    different non-empty LSOA codes
 * @param longitudeMicros      sum of the longitudes in millionths of a degree (the files give six decimals)
 * @param latitudeMicros       sum of the latitudes in millionths of a degree
 * @param crimesByType         crime records per Crime type
 * @param crimesByOutcome      crime records per Last outcome category ("" when empty)
 * @param identicalRows        crime records identical in every column to an earlier row of the file
 */
record StreetCounts(long rows, long crimeRecords, long antiSocialBehaviour, long duplicateCrimeIds,
                    long rowsWithoutLocation,
                    long distinctLsoaCodes, long longitudeMicros, long latitudeMicros,
                    SortedMap<String, Long> crimesByType, SortedMap<String, Long> crimesByOutcome, long identicalRows) {

    StreetCounts {
        crimesByType = new TreeMap<>(crimesByType);
        crimesByOutcome = new TreeMap<>(crimesByOutcome);
    }

    static final StreetCounts NONE = of(0, 0, 0, 0, 0, 0, 0, 0, Map.of(), Map.of(), 0);

    static StreetCounts of(long rows, long crimeRecords, long antiSocialBehaviour, long duplicateCrimeIds,
                           long rowsWithoutLocation, long distinctLsoaCodes, long longitudeMicros, long latitudeMicros,
                           Map<String, Long> crimesByType, Map<String, Long> crimesByOutcome, long identicalRows) {
        return new StreetCounts(rows, crimeRecords, antiSocialBehaviour, duplicateCrimeIds, rowsWithoutLocation,
                distinctLsoaCodes,
                longitudeMicros, latitudeMicros, new TreeMap<>(crimesByType), new TreeMap<>(crimesByOutcome),
                identicalRows);
    }
}
