package uk.org.ncpm.web;

/** The sections of the header navigation, in the order shown; a page names the one it belongs to. */
public enum SiteSection {
    MEASURES("Measures", "/measures"),
    FORCES("Police forces", "/forces"),
    DATA("Data and API", "/data"),
    ABOUT("About the figures", "/about");

    private final String label;
    private final String href;

    SiteSection(String label, String href) {
        this.label = label;
        this.href = href;
    }

    public String label() {
        return label;
    }

    public String href() {
        return href;
    }
}
