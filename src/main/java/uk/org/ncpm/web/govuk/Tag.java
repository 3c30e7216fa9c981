package uk.org.ncpm.web.govuk;

/**
 * Parameters of the GOV.UK tag component ({@code govuk/tag.jte}): a short status label. Colours are
 * GOV.UK's ({@code grey}, {@code blue}, …) and never say good or bad about a force (docs/method.md, "Force
 * diagnostics": no red/amber/green for forces).
 *
 * @param colour a GOV.UK tag colour modifier, or empty for the default
 */
public record Tag(String text, String colour) {

    public static Tag grey(String text) {
        return new Tag(text, "grey");
    }

    public static Tag blue(String text) {
        return new Tag(text, "blue");
    }

    /** The tag's classes: {@code govuk-tag} and its colour modifier. */
    public String classes() {
        return colour.isEmpty() ? "govuk-tag" : "govuk-tag govuk-tag--" + colour;
    }
}
