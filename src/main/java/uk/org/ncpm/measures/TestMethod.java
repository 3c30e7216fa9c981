package uk.org.ncpm.measures;

/** How a change against the baseline was tested (docs/method.md, "Verdicts"). */
public enum TestMethod {
    OVERDISPERSED_POISSON("over-dispersed-poisson",
            "conditional test of two counts allowing for the series' own over-dispersion"),
    SURVEY_INTERVALS("survey-intervals", "comparison of the published 95% confidence intervals"),
    NONE("none", "not tested");

    private final String id;
    private final String description;

    TestMethod(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public static TestMethod of(String id) {
        for (TestMethod method : values()) {
            if (method.id.equals(id)) {
                return method;
            }
        }
        throw new IllegalArgumentException("no test method '" + id + "'");
    }
}
