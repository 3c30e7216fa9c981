package uk.org.ncpm.cli;

/**
 * One street file of a real archive as the tests' own reading found it.
 *
 * @param sha256 of the entry's uncompressed bytes
 * @param bytes  uncompressed size
 */
record CountedCsv(String sha256, long bytes, StreetCounts counts) {
}
