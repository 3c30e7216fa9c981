package uk.org.ncpm.web.charts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class XmlTest {

    @Test
    void escapes_markup_characters_and_drops_characters_xml_does_not_allow() {
        assertThat(Xml.escape("<b>\"Tom\" & 'Jerry'</b>")).isEqualTo("&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;");
        assertThat(Xml.escape("a\u0000b\u0007c\td\uFFFEe")).isEqualTo("abc\tde");
        assertThat(Xml.escape("Ynys Môn 😀")).isEqualTo("Ynys Môn 😀");
        assertThat(Xml.escape("lone \uD800 surrogate")).isEqualTo("lone  surrogate");
    }

    @Test
    void ids_keep_only_safe_characters_and_start_with_a_letter() {
        assertThat(Xml.id("chart-homicide-home-office-prc")).isEqualTo("chart-homicide-home-office-prc");
        assertThat(Xml.id("a b\"><script>")).isEqualTo("a-b---script-");
        assertThat(Xml.id("2021")).isEqualTo("chart-2021");
    }
}
