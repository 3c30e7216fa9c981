package uk.org.ncpm.measures;

/** A figure source as computed: a metric from one stored format. */
record ComputeKey(String metric, String source) {
}
