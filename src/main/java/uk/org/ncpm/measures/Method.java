package uk.org.ncpm.measures;

/**
 * The version of the method of docs/method.md that the figures are computed with. Bump it whenever
 * a rule changes how a figure, interval or verdict is made: every stored figure records it, and a
 * compute redoes every figure made with another version.
 */
public final class Method {

    public static final String VERSION = "2.1";

    private Method() {
    }
}
