package uk.org.ncpm.ingest.ons;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PublishedLabelTest {

    @Test
    void splits_footnote_markers_from_area_names() {
        assertThat(PublishedLabel.of("Cheshire7")).isEqualTo(new PublishedLabel("Cheshire", List.of("7")));
        assertThat(PublishedLabel.of("North West 7,8")).isEqualTo(new PublishedLabel("North West", List.of("7", "8")));
        assertThat(PublishedLabel.of("ENGLAND AND WALES7,8,9,10").footnotes()).containsExactly("7", "8", "9", "10");
        assertThat(PublishedLabel.of("Devon & Cornwall(2)")).isEqualTo(new PublishedLabel("Devon & Cornwall", List.of("2")));
        assertThat(PublishedLabel.of("Homicide\u00B3")).isEqualTo(new PublishedLabel("Homicide", List.of("3")));
        assertThat(PublishedLabel.of("West Midlands ")).isEqualTo(new PublishedLabel("West Midlands", List.of()));
        assertThat(PublishedLabel.of("London, City of").text()).isEqualTo("London, City of");
    }

    @Test
    void matches_headings_whatever_their_footnotes_line_breaks_and_punctuation() {
        assertThat(PublishedLabel.key("Total recorded crime (excluding fraud3)")).isEqualTo("total recorded crime excluding fraud");
        assertThat(PublishedLabel.key("Number of\n offences\n involving a\n knife6")).isEqualTo("number of offences involving a knife");
        assertThat(PublishedLabel.key("Non-residential  burglary5,6")).isEqualTo("non residential burglary");
        assertThat(PublishedLabel.display("Total recorded crime (excluding fraud3)")).isEqualTo("Total recorded crime (excluding fraud)");
        assertThat(PublishedLabel.display("Stalking and harassment 4")).isEqualTo("Stalking and harassment");
    }
}
