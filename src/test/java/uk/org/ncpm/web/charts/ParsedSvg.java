package uk.org.ncpm.web.charts;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chart's markup read back with the JDK's XML parser (namespace-aware, no DTDs): parsing at all
 * proves the SVG well-formed. Elements are found by local name in the SVG namespace.
 */
final class ParsedSvg {

    static final String SVG = "http://www.w3.org/2000/svg";

    final Document document;
    final Element root;

    private ParsedSvg(Document document) {
        this.document = document;
        this.root = document.getDocumentElement();
    }

    static ParsedSvg of(Svg svg) {
        return of(svg.markup());
    }

    static ParsedSvg of(String markup) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(markup)));
            assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo(SVG);
            assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
            return new ParsedSvg(document);
        } catch (Exception e) {
            throw new AssertionError("not well-formed SVG: " + e.getMessage() + "\n" + markup, e);
        }
    }

    /** Every element with this local name, in document order. */
    List<Element> all(String name) {
        NodeList nodes = document.getElementsByTagNameNS(SVG, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** Elements with this local name whose class attribute includes the class. */
    List<Element> withClass(String name, String cssClass) {
        return all(name).stream().filter(e -> List.of(e.getAttribute("class").split(" ")).contains(cssClass)).toList();
    }

    /** The direct {@code <title>} child's text of the root. */
    String title() {
        return child(root, "title");
    }

    String desc() {
        return child(root, "desc");
    }

    Element byId(String id) {
        return all("*").stream().filter(e -> e.getAttribute("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no element with id " + id));
    }

    /** Texts of every {@code <text>} element. */
    List<String> texts() {
        return all("text").stream().map(Element::getTextContent).toList();
    }

    /** Every element and attribute name used anywhere (to check nothing the CSP would block). */
    List<String> elementAndAttributeNames() {
        List<String> names = new ArrayList<>();
        for (Element e : all("*")) {
            names.add("<" + e.getLocalName());
            for (int i = 0; i < e.getAttributes().getLength(); i++) {
                names.add(e.getAttributes().item(i).getNodeName());
            }
        }
        return names;
    }

    /**
     * What every chart must be: an {@code <svg role="img">} labelled by its own title and description,
     * scaling by its view box, with nothing a {@code style-src 'self'} policy blocks (no style element or
     * attribute), no script, and text no smaller than 12 units.
     */
    ParsedSvg assertAccessibleImage() {
        assertThat(root.getAttribute("role")).isEqualTo("img");
        String[] labels = root.getAttribute("aria-labelledby").split(" ");
        assertThat(labels).hasSize(2);
        assertThat(byId(labels[0]).getLocalName()).isEqualTo("title");
        assertThat(byId(labels[1]).getLocalName()).isEqualTo("desc");
        assertThat(byId(labels[0]).getTextContent()).isEqualTo(title()).isNotBlank();
        assertThat(byId(labels[1]).getTextContent()).isEqualTo(desc()).isNotBlank();
        assertThat(root.getAttribute("viewBox")).matches("0 0 \\d+(\\.\\d)? \\d+(\\.\\d)?");
        assertThat(elementAndAttributeNames()).doesNotContain("<style", "style", "<script", "<foreignObject")
                .noneMatch(n -> n.startsWith("on"));
        assertThat(Double.parseDouble(root.getAttribute("font-size"))).isBetween(12.0, 16.0);
        assertThat(all("*")).allSatisfy(e -> {
            if (e.hasAttribute("font-size")) {
                assertThat(Double.parseDouble(e.getAttribute("font-size"))).isGreaterThanOrEqualTo(12);
            }
        });
        return this;
    }

    /** The {@code <title>} child of a mark (its tooltip), or "". */
    static String tooltip(Element mark) {
        NodeList nodes = mark.getElementsByTagNameNS(SVG, "title");
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }

    /** The y-axis tick labels, bottom up. */
    List<String> yTickLabels() {
        return texts(withClass("g", "app-chart__y-axis").get(0)).stream().skip(1).toList();
    }

    /** The vertical position of a y-axis tick, from its label (drawn 5 units below the line's centre). */
    double yOfTick(String label) {
        NodeList nodes = withClass("g", "app-chart__y-axis").get(0).getElementsByTagNameNS(SVG, "text");
        for (int i = 1; i < nodes.getLength(); i++) {
            Element text = (Element) nodes.item(i);
            if (text.getTextContent().equals(label)) {
                return Double.parseDouble(text.getAttribute("y")) - 5;
            }
        }
        throw new AssertionError("no y tick labelled " + label);
    }

    /** The y coordinates of a path's points (paths here are M/L commands with absolute coordinates). */
    static List<Double> pathYs(Element path) {
        List<Double> ys = new ArrayList<>();
        for (String command : path.getAttribute("d").split("[MLZ]")) {
            String[] xy = command.trim().split(" ");
            if (xy.length == 2) {
                ys.add(Double.parseDouble(xy[1]));
            }
        }
        return ys;
    }

    /** Every fill and stroke colour used. */
    java.util.Set<String> colours() {
        java.util.Set<String> colours = new java.util.TreeSet<>();
        for (Element e : all("*")) {
            for (String attribute : List.of("fill", "stroke")) {
                if (e.hasAttribute(attribute)) {
                    colours.add(e.getAttribute(attribute));
                }
            }
        }
        return colours;
    }

    private static List<String> texts(Element group) {
        NodeList nodes = group.getElementsByTagNameNS(SVG, "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static String child(Element parent, String name) {
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && name.equals(e.getLocalName())) {
                return e.getTextContent();
            }
        }
        throw new AssertionError("the svg has no <" + name + "> child");
    }
}
