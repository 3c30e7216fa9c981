package uk.org.ncpm.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SiteReferencesTest {

    @Test
    void finds_href_and_src_in_html_decoded_with_where_each_sits() {
        String html = "<link rel=\"stylesheet\" href=\"/s.css\"><a class=x href='/api/v1/figures.csv?metric=a&amp;area=b'>CSV</a>"
                + "<img alt=\"\" src=/i.png><svg><use xlink:href=\"#dot\"/></svg><a data-href=\"/not-a-link\">x</a>"
                + "<!-- <a href=\"/commented-out\"> --><p>write src=/not-a-link in the text</p>";

        List<SiteReferences.Reference> refs = SiteReferences.inHtml(html);

        assertThat(refs).extracting(SiteReferences.Reference::address)
                .containsExactly("/s.css", "/api/v1/figures.csv?metric=a&area=b", "/i.png", "#dot");
        SiteReferences.Reference csv = refs.get(1);
        assertThat(html.substring(csv.start(), csv.end())).isEqualTo("/api/v1/figures.csv?metric=a&amp;area=b");
    }

    @Test
    void finds_url_and_import_in_css_outside_comments() {
        String css = "@import \"/base.css\";/* url(/old.png) */.a{background:url( \"/img/a.png\" )}"
                + "@font-face{src:url(/fonts/b.woff2) format(\"woff2\"),url('../fonts/b.woff')}.c{background:url(data:image/png;base64,AAA=)}";

        assertThat(SiteReferences.inCss(css)).extracting(SiteReferences.Reference::address)
                .containsExactly("/base.css", "/img/a.png", "/fonts/b.woff2", "../fonts/b.woff", "data:image/png;base64,AAA=");
    }

    @Test
    void decodes_and_encodes_attribute_values() {
        assertThat(SiteReferences.decode("/a?b=1&amp;c=&#34;2&#34;&#x27;&lt;")).isEqualTo("/a?b=1&c=\"2\"'<");
        assertThat(SiteReferences.encode("/a?b=1&c=\"2\"", true)).isEqualTo("/a?b=1&amp;c=&#34;2&#34;");
        assertThat(SiteReferences.encode("/a b(1).png", false)).isEqualTo("/a%20b%281%29.png");
    }
}
