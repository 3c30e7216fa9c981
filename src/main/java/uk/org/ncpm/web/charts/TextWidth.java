package uk.org.ncpm.web.charts;

/**
 * An estimate of the width of text at the charts' font size, for layout only: 0.55 em a character,
 * which is at or above the average width of Arial and GDS Transport for digits and lower case.
 */
final class TextWidth {

    private TextWidth() {
    }

    static double of(String text) {
        return text.codePointCount(0, text.length()) * Palette.FONT_SIZE * 0.55;
    }
}
