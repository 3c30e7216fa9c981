package uk.org.ncpm.web.charts;

/**
 * Colours of the GOV.UK Frontend palette (v5). Every mark that carries meaning has at least 3:1
 * contrast with the white background (WCAG 2.2, 1.4.11) and is told apart by shape or line pattern
 * as well, never by colour alone; mid grey is used only for gridlines.
 */
final class Palette {

    /** Text and axes: 19.6:1 on white. */
    static final String BLACK = "#0b0c0c";
    /** Secondary lines and text: 7.1:1. */
    static final String DARK_GREY = "#505a5f";
    /** Gridlines only (decorative). */
    static final String MID_GREY = "#b1b4b6";
    static final String WHITE = "#ffffff";
    /** The series itself: 5.2:1. */
    static final String BLUE = "#1d70b8";
    /** Special-cause signals: 10.1:1. */
    static final String PURPLE = "#4c2c92";
    /** Interval band: the series blue, mostly transparent (the table gives the interval in figures). */
    static final String BAND_OPACITY = "0.2";

    static final String FONT = "\"GDS Transport\", arial, sans-serif";
    /** Text size in view-box units; the view box is about as wide as the page column, so about 14px. */
    static final double FONT_SIZE = 14;

    private Palette() {
    }
}
