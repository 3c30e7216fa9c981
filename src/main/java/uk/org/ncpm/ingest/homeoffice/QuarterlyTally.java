package uk.org.ncpm.ingest.homeoffice;

/**
 * The sum of the rows that make one quarterly figure, and where they are: {@code line 7} for one
 * row, {@code lines 60-63 (4 rows)} for several (the rows lie between those lines).
 */
final class QuarterlyTally {

    private final RowPosition first;
    private long sum;
    private long rows;
    private long lowestRow = Long.MAX_VALUE;
    private long highestRow = Long.MIN_VALUE;
    private String marker;

    QuarterlyTally(RowPosition first) {
        this.first = first;
    }

    /** A tally with no rows yet, in the same file and sheet. */
    QuarterlyTally emptyLike() {
        return new QuarterlyTally(first);
    }

    void add(long count, RowPosition position) {
        sum += count;
        rows++;
        lowestRow = Math.min(lowestRow, position.row());
        highestRow = Math.max(highestRow, position.row());
    }

    /** A row the table marks not available ({@code [x]}, {@code ..}): the figure it is part of is not available too. */
    void addMarked(String printed, RowPosition position) {
        marker = marker == null ? printed : marker;
        add(0, position);
    }

    /** The first not-available marker among the rows, if any. */
    java.util.Optional<String> marker() {
        return java.util.Optional.ofNullable(marker);
    }

    void add(QuarterlyTally other) {
        sum += other.sum;
        rows += other.rows;
        lowestRow = Math.min(lowestRow, other.lowestRow);
        highestRow = Math.max(highestRow, other.highestRow);
    }

    /** The first row added, for messages. */
    RowPosition first() {
        return first;
    }

    long sum() {
        return sum;
    }

    long rows() {
        return rows;
    }

    String location() {
        if (rows == 0) {
            return "no rows";
        }
        if (rows == 1) {
            return new RowPosition(first.file(), first.sheet(), lowestRow).location();
        }
        String span = lowestRow + "-" + highestRow + " (" + rows + " rows)";
        return first.sheet().map(s -> "sheet '" + s + "', rows " + span).orElse("lines " + span);
    }
}
