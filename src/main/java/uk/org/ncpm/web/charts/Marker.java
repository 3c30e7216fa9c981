package uk.org.ncpm.web.charts;

import static uk.org.ncpm.web.charts.SvgWriter.num;

/** Point shapes. Charts tell marks apart by shape as well as colour (WCAG 2.2, 1.4.1). */
enum Marker {

    CIRCLE, DIAMOND, ARROW_UP;

    /** The shape centred on (x, y), {@code radius} from centre to edge or corner, with a tooltip. */
    void draw(SvgWriter svg, double x, double y, double radius, String cssClass, String fill, String stroke, String tooltip) {
        String[] paint = {"class", cssClass, "fill", fill, "stroke", stroke, "stroke-width", "1.5"};
        String[] geometry = switch (this) {
            case CIRCLE -> new String[]{"cx", num(x), "cy", num(y), "r", num(radius)};
            case DIAMOND -> new String[]{"d", "M" + num(x) + " " + num(y - radius) + "L" + num(x + radius) + " " + num(y)
                    + "L" + num(x) + " " + num(y + radius) + "L" + num(x - radius) + " " + num(y) + "Z"};
            case ARROW_UP -> new String[]{"d", "M" + num(x) + " " + num(y - radius) + "L" + num(x + radius) + " " + num(y + radius)
                    + "L" + num(x - radius) + " " + num(y + radius) + "Z"};
        };
        String element = this == CIRCLE ? "circle" : "path";
        String[] attributes = concat(geometry, paint);
        if (tooltip.isEmpty()) {
            svg.empty(element, attributes);
        } else {
            svg.titled(element, tooltip, attributes);
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
