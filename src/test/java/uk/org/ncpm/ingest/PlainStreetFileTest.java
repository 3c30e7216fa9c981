package uk.org.ncpm.ingest;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.ingest.StreetCsv.Row;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plain path reads a file only as the general path would: the same counts, digest and staged bytes,
 * and it leaves to the general path every file in another form or breaking a rule.
 */
class PlainStreetFileTest extends StagedIngestTest {

    private static final String CUMBRIA = "Cumbria Constabulary";
    private static final Catalogue CATALOGUE = Catalogue.bundled();

    @TempDir
    Path dir;

    record Text(String name, String file, String content) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Row jan(String id) {
        return Row.crime(id, "2019-01", CUMBRIA);
    }

    private static Text cumbria(String name, String content) {
        return new Text(name, "2019-01-cumbria-street.csv", content);
    }

    static Stream<Text> plain() {
        List<Row> mixed = new ArrayList<>(StreetCsv.crimes(5, "m", "2019-01", CUMBRIA));
        mixed.add(Row.asb("2019-01", CUMBRIA));
        mixed.add(jan("m-1"));                                               // identical repeat
        mixed.add(jan("m-2").set("Last outcome category", "Under investigation"));      // same id, another row
        mixed.add(jan("m-2").set("Last outcome category", "Under investigation")); // identical to the one before
        mixed.add(jan("q").set("Location", "On or near Asda, Thurmaston"));  // quoted, holding a comma
        mixed.add(jan("o").set("Last outcome category", "Awaiting court outcome, adjourned")); // staged quoted
        mixed.add(jan("e").set("Longitude", "").set("Latitude", "").set("LSOA code", "").set("LSOA name", "").set("Location", "No Location"));
        mixed.add(jan("c").set("Longitude", "180").set("Latitude", "-90.000").set("Crime type", "Other theft"));
        mixed.add(jan("s").set("Context", PoliceUkStreetFormat.SAMPLE_MARKER));
        String crlf = StreetCsv.content(mixed);
        return Stream.of(
                cumbria("mixed rows, CRLF", crlf),
                cumbria("mixed rows, LF", crlf.replace("\r\n", "\n")),
                cumbria("no newline at the end", crlf.substring(0, crlf.length() - 2)),
                cumbria("header only", StreetCsv.content(List.of())),
                cumbria("quoted field without a comma", StreetCsv.HEADER + "\r\n" + jan("p").csv().replace("Burglary", "\"Burglary\"") + "\r\n"),
                new Text("British Transport Police, set aside", "2019-01-btp-street.csv",
                        StreetCsv.content(StreetCsv.crimes(3, "b", "2019-01", "British Transport Police"))));
    }

    static Stream<Text> notPlain() {
        String good = StreetCsv.content(StreetCsv.crimes(2, "g", "2019-01", CUMBRIA));
        String row = jan("x").csv();
        return Stream.of(
                cumbria("byte order mark", "\uFEFF" + good),
                cumbria("a letter outside ASCII", StreetCsv.content(List.of(jan("a").set("Location", "On or near Café")))),
                cumbria("NUL", StreetCsv.content(List.of(jan("a\0")))),
                cumbria("lone CR", good.replace("\r\n", "\r")),
                cumbria("empty line", good + "\r\n"),
                cumbria("escaped quote", StreetCsv.content(List.of(jan("a").set("Location", "On or near \"The Bell\"")))),
                cumbria("quote inside a field", StreetCsv.HEADER + "\r\n" + row.replace("Main Street", "Main \"Street") + "\r\n"),
                cumbria("text after a closing quote", StreetCsv.HEADER + "\r\n" + row.replace("Burglary", "\"Burg\"lary") + "\r\n"),
                cumbria("newline inside quotes", StreetCsv.content(List.of(jan("a").set("Location", "On or near\nMain Street")))),
                cumbria("11 fields", StreetCsv.HEADER + "\r\n" + row.substring(0, row.lastIndexOf(',')) + "\r\n"),
                cumbria("13 fields", StreetCsv.HEADER + "\r\n" + row + ",x\r\n"),
                cumbria("renamed header", StreetCsv.content(StreetCsv.HEADER.replace("Month", "month"), List.of())),
                cumbria("empty file", ""),
                cumbria("another month", StreetCsv.content(List.of(jan("a").set("Month", "2019-02")))),
                cumbria("another force", StreetCsv.content(List.of(jan("a").set("Falls within", "Kent Police")))),
                cumbria("unknown crime type", StreetCsv.content(List.of(jan("a").set("Crime type", "Piracy")))),
                cumbria("longitude 180.5", StreetCsv.content(List.of(jan("a").set("Longitude", "180.5")))),
                cumbria("latitude with an exponent", StreetCsv.content(List.of(jan("a").set("Latitude", "5e1")))),
                cumbria("padded longitude", StreetCsv.content(List.of(jan("a").set("Longitude", " -3.1")))),
                cumbria("longitude of a sign alone", StreetCsv.content(List.of(jan("a").set("Longitude", "-")))));
    }

    private Path write(Text text) throws Exception {
        Path file = dir.resolve(text.file());
        Files.write(file, text.content().getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private static SourceEntry entry(Path file) {
        return new SourceEntry(file.toString(), Optional.empty(), () -> Files.newInputStream(file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plain")
    void reads_a_plain_file_as_the_general_path_does(Text text) throws Exception {
        SourceEntry source = entry(write(text));
        StreetFileName name = StreetFileName.parse(text.file()).orElseThrow();
        StreetFileReader reader = new StreetFileReader(CATALOGUE);
        StreetFileReader.Publisher publisher = reader.publisher(source.displayName(), name.publisher());

        Optional<StreetFile> plain = new PlainStreetFile(CATALOGUE).read(1, source, name, publisher, staging);
        assertThat(plain).as("read by the plain path").isPresent();
        byte[] plainStaged = plain.get().staged().isPresent() ? Files.readAllBytes(plain.get().staged().get()) : null;
        StreetFile general = reader.readDecoded(1, source, name, publisher, staging);
        byte[] generalStaged = general.staged().isPresent() ? Files.readAllBytes(general.staged().get()) : null;

        assertThat(plain.get()).isEqualTo(general);
        assertThat(plainStaged).isEqualTo(generalStaged);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notPlain")
    void leaves_any_other_form_or_a_broken_rule_to_the_general_path(Text text) throws Exception {
        SourceEntry source = entry(write(text));
        StreetFileName name = StreetFileName.parse(text.file()).orElseThrow();
        StreetFileReader.Publisher publisher = new StreetFileReader(CATALOGUE).publisher(source.displayName(), name.publisher());

        assertThat(new PlainStreetFile(CATALOGUE).read(1, source, name, publisher, staging)).isEmpty();
    }
}
