package uk.org.ncpm.web.govuk;

import java.util.ArrayList;
import java.util.List;

/**
 * Parameters of the GOV.UK breadcrumbs component ({@code govuk/breadcrumbs.jte}): the trail from the
 * home page; the last item, the current page, has no link and carries {@code aria-current="page"}.
 */
public record Breadcrumbs(List<Item> items) {

    public Breadcrumbs {
        items = List.copyOf(items);
    }

    /** One step; {@code href} is empty for the current page. */
    public record Item(String text, String href) {
    }

    /** The trail home → … → current page, from (text, href) pairs and the current page's name. */
    public static Breadcrumbs of(List<Item> trail, String current) {
        List<Item> items = new ArrayList<>(trail);
        items.add(new Item(current, ""));
        return new Breadcrumbs(items);
    }

    /** England and Wales (the overview) → current page. */
    public static Breadcrumbs home(String current) {
        return of(List.of(new Item("England and Wales", "/")), current);
    }
}
