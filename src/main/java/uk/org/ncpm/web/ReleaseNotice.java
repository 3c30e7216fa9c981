package uk.org.ncpm.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import uk.org.ncpm.release.PublicationTime;
import uk.org.ncpm.release.Release;
import uk.org.ncpm.release.ReleaseCalendar;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What every page of a release says about it: which release it shows, when it was published, whether a
 * correction or a later release replaced it, and when the next is due (docs/method.md, "Releases"). Said
 * once for every page, in the place the layout marks, rather than threaded through each page's template.
 *
 * @param correctedBy the correction of this release, with its reason, if one is published
 * @param latest      the latest release, when this is not it
 */
public record ReleaseNotice(Release release, String publishedWords, Optional<Release> correctedBy,
                            Optional<Release> latest, Optional<String> nextDue, boolean preRelease) {

    /** Where the layout wants the notice. */
    public static final String MARK = "<!--ncpm:release-notice-->";
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    static ReleaseNotice of(Release release, ReleaseCalendar calendar) {
        Instant now = calendar.now();
        Optional<Release> latest = calendar.latest().filter(l -> !l.id().equals(release.id()));
        return new ReleaseNotice(release, release.publishAt().map(PublicationTime::words).orElse("not yet scheduled"),
                calendar.supersededBy(release), latest, calendar.nextDue().map(r -> PublicationTime.words(r.publishAt().orElseThrow())),
                !release.isPublished(now));
    }

    static String insert(String page, Release release, ReleaseCalendar calendar) {
        return replace(page, Map.of("notice", of(release, calendar)));
    }

    /** The notice of a site whose store has no published release yet. */
    static String nothingPublished(String page, ReleaseCalendar calendar) {
        return replace(page, Map.of("nextDue", calendar.nextDue().map(r -> PublicationTime.words(r.publishAt().orElseThrow())).orElse("")));
    }

    private static String replace(String page, Map<String, Object> params) {
        StringOutput output = new StringOutput();
        TEMPLATES.render("releaseNotice.jte", params, output);
        return page.replace(MARK, output.toString());
    }
}
