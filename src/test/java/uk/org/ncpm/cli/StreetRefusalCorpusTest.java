package uk.org.ncpm.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.org.ncpm.ingest.StreetArchives;
import uk.org.ncpm.ingest.StreetCsv;
import uk.org.ncpm.ingest.StreetCsv.Row;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Hostile and malformed street files and archives: each is refused with its message, a non-zero
 * exit, the store's sha256 unchanged, and nothing left beside the store (no staging folder, working
 * copy or lock). The store holds Cumbria 2018-12 (3 records) so that replacing data can be tried.
 */
class StreetRefusalCorpusTest {

    private static final String CUMBRIA = "Cumbria Constabulary";

    @TempDir
    static Path root;

    private static Path store;
    private static String before;

    @BeforeAll
    static void loadOneMonth() throws Exception {
        store = Files.createDirectories(root.resolve("store")).resolve("ncpm.duckdb");
        Path december = StreetCsv.write(root.resolve("loaded"), "2018-12-cumbria-street.csv",
                StreetCsv.crimes(3, "d", "2018-12", CUMBRIA));
        CliRun run = CliRun.of("ingest", "--store", store.toString(), december.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        before = FileDigest.sha256(store);
    }

    /** One hostile input: how to make it in a fresh folder, and a fragment of the message that must refuse it. */
    record Case(String name, Maker maker, String fragment) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Maker {
        Path make(Path folder) throws Exception;
    }

    private static Case refused(String name, String fragment, Maker maker) {
        return new Case(name, maker, fragment);
    }

    private static Row jan(String id) {
        return Row.crime(id, "2019-01", CUMBRIA);
    }

    /** A Cumbria January file with one good row and then {@code row}. */
    private static Maker januaryWith(Row row) {
        return folder -> StreetCsv.write(folder, "2019-01-cumbria-street.csv", List.of(jan("ok-1"), row));
    }

    private static Maker januaryText(String text) {
        return folder -> StreetCsv.writeText(folder, "2019-01-cumbria-street.csv", text);
    }

    /** A January file whose second row has {@code bytes} in place of the text "XX" of its Location. */
    private static Maker januaryBytes(byte... bytes) {
        return folder -> {
            String row = jan("ok-2").set("Location", "On or near XX Street").csv();
            byte[] plain = row.getBytes(StandardCharsets.UTF_8);
            int at = row.indexOf("XX");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(StreetCsv.content(List.of(jan("ok-1"))).getBytes(StandardCharsets.UTF_8));
            out.write(plain, 0, at);
            out.writeBytes(bytes);
            out.write(plain, at + 2, plain.length - at - 2);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            Path file = folder.resolve("2019-01-cumbria-street.csv");
            Files.write(file, out.toByteArray());
            return file;
        };
    }

    private static Maker zipOf(String entry, String text) {
        return folder -> StreetCsv.zip(folder.resolve("archive.zip"), Map.of(entry, text));
    }

    private static String januaryContent(int n) {
        return StreetCsv.content(StreetCsv.crimes(n, "z", "2019-01", CUMBRIA));
    }

    private static Maker fifo(boolean throughLink) {
        return folder -> {
            Path pipe = folder.resolve("2019-01-cumbria-street.csv");
            assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo is available");
            if (!throughLink) {
                return pipe;
            }
            return Files.createSymbolicLink(folder.resolve("link-2019-01-cumbria-street.csv"), pipe);
        };
    }

    static Stream<Case> cases() {
        String header = StreetCsv.HEADER;
        return Stream.of(
                // months outside what data.police.uk publishes
                refused("month 2999-01", "month 2999-01 (from the file name) is outside the months data.police.uk publishes",
                        f -> StreetCsv.write(f, "2999-01-cumbria-street.csv", StreetCsv.crimes(20, "x", "2999-01", CUMBRIA))),
                refused("month before the archive began", "month 2009-06 (from the file name) is outside",
                        f -> StreetCsv.write(f, "2009-06-cumbria-street.csv", StreetCsv.crimes(1, "x", "2009-06", CUMBRIA))),
                refused("month 2010-11, one before the archive", "month 2010-11 (from the file name) is outside",
                        f -> StreetCsv.write(f, "2010-11-cumbria-street.csv", StreetCsv.crimes(1, "x", "2010-11", CUMBRIA))),
                refused("month 9999-12 inside a zip", "month 9999-12 (from the file name) is outside",
                        zipOf("9999-12/9999-12-cumbria-street.csv", StreetCsv.content(StreetCsv.crimes(1, "x", "9999-12", CUMBRIA)))),
                refused("month 13 in the name", "must be named as in the archive layout",
                        f -> StreetCsv.write(f, "2019-13-cumbria-street.csv", StreetCsv.crimes(1, "x", "2019-13", CUMBRIA))),
                // rows against the file's name
                refused("Month column of another month", "line 3, column Month: expected 2019-01 (the month in the file name), found '2019-02'",
                        januaryWith(jan("a").set("Month", "2019-02"))),
                refused("Month column empty", "column Month: expected 2019-01 (the month in the file name), found ''",
                        januaryWith(jan("a").set("Month", ""))),
                refused("Reported by another force", "line 3, column Reported by: expected Cumbria Constabulary",
                        januaryWith(jan("a").set("Reported by", "Kent Police"))),
                refused("Falls within another force", "line 3, column Falls within: expected Cumbria Constabulary",
                        januaryWith(jan("a").set("Falls within", "Lancashire Constabulary"))),
                refused("unknown crime type", "line 3, column Crime type: unknown data.police.uk crime type 'Piracy'",
                        januaryWith(jan("a").set("Crime type", "Piracy"))),
                refused("empty crime type", "column Crime type: unknown data.police.uk crime type ''",
                        januaryWith(jan("a").set("Crime type", ""))),
                refused("longitude 999", "line 3, column Longitude: expected a number between -180 and 180 or nothing, found '999'",
                        januaryWith(jan("a").set("Longitude", "999"))),
                refused("latitude 91", "column Latitude: expected a number between -90 and 90 or nothing, found '91'",
                        januaryWith(jan("a").set("Latitude", "91"))),
                refused("latitude text", "column Latitude: expected a number between -90 and 90 or nothing, found 'north'",
                        januaryWith(jan("a").set("Latitude", "north"))),
                refused("longitude NaN", "column Longitude: expected a number between -180 and 180 or nothing, found 'NaN'",
                        januaryWith(jan("a").set("Longitude", "NaN"))),
                refused("longitude Infinity", "found 'Infinity'", januaryWith(jan("a").set("Longitude", "Infinity"))),
                refused("longitude in hexadecimal", "found '0x1p1'", januaryWith(jan("a").set("Longitude", "0x1p1"))),
                // the shape of the file
                refused("truncated row", "line 3, column LSOA code: expected 12 fields, found 7 (truncated row",
                        januaryText(header + "\r\n" + jan("ok").csv() + "\r\n" + "b1,2019-01,Cumbria Constabulary,Cumbria Constabulary,-3.1,54.6,Somewhere\r\n")),
                refused("row with extra fields", "line 2, column after Context: expected 12 fields, found 14 (extra fields)",
                        januaryText(header + "\r\n" + jan("ok").csv() + ",x,y\r\n")),
                refused("renamed header column", "line 1, column Falls within: header column 4 should be 'Falls within', found 'Falls Within'",
                        januaryText(StreetCsv.content(header.replace("Falls within", "Falls Within"), List.of(jan("a"))))),
                refused("header missing its last column", "header column 12 should be 'Context', found nothing",
                        januaryText(StreetCsv.content(header.replace(",Context", ""), List.of()))),
                refused("header with an extra column", "unexpected extra header column 13",
                        januaryText(StreetCsv.content(header + ",Notes", List.of()))),
                refused("empty file", "line 1: empty file; expected the data.police.uk header", januaryText("")),
                refused("UTF-16 file", "line 1, column Crime ID: header column 1 should be 'Crime ID'",
                        f -> {
                            Path file = f.resolve("2019-01-cumbria-street.csv");
                            Files.write(file, ("\uFEFF" + januaryContent(1)).getBytes(StandardCharsets.UTF_16LE));
                            return file;
                        }),
                // bytes that no text column may hold
                refused("NUL in Location", "line 3, column Location: a NUL byte (0x00) at character 12",
                        januaryBytes((byte) 0, (byte) 'x')),
                refused("NUL in Crime ID", "line 3, column Crime ID: a NUL byte (0x00)",
                        januaryWith(jan("a\0b"))),
                refused("NUL in Context", "column Context: a NUL byte (0x00)", januaryWith(jan("a").set("Context", "\0"))),
                refused("Latin-1 byte in Location", "line 3, column Location: bytes that are not valid UTF-8 at character 12",
                        januaryBytes((byte) 0xE9, (byte) 'x')),
                refused("lone 0xFF byte", "column Location: bytes that are not valid UTF-8", januaryBytes((byte) 0xFF, (byte) 0xFF)),
                refused("overlong UTF-8 encoding of '/'", "column Location: bytes that are not valid UTF-8",
                        januaryBytes((byte) 0xC0, (byte) 0xAF)),
                refused("UTF-8 encoded surrogate", "column Location: bytes that are not valid UTF-8",
                        januaryBytes((byte) 0xED, (byte) 0xA0, (byte) 0x80)),
                refused("truncated multi-byte sequence", "column Location: bytes that are not valid UTF-8",
                        januaryBytes((byte) 0xE2, (byte) 0x82)),
                // names and forces
                refused("unknown force in the name", "unknown force 'atlantis' in the file name",
                        f -> StreetCsv.write(f, "2019-01-atlantis-street.csv", StreetCsv.crimes(1, "x", "2019-01", CUMBRIA))),
                refused("street file not named in the archive layout", "must be named as in the archive layout",
                        f -> StreetCsv.write(f, "cumbria.csv", StreetCsv.crimes(1, "x", "2019-01", CUMBRIA))),
                refused("header-only file replacing stored records",
                        "header only: would replace 3 stored records for Cumbria Constabulary 2018-12 with none; give --allow-empty",
                        f -> StreetCsv.write(f, "2018-12-cumbria-street.csv", List.of())),
                refused("header-only file replacing stored records, in a zip", "would replace 3 stored records",
                        zipOf("2018-12/2018-12-cumbria-street.csv", StreetCsv.content(List.of()))),
                refused("one bad file among good ones refuses the run", "line 2, column Crime type: unknown data.police.uk crime type",
                        f -> {
                            StreetCsv.write(f, "2019-01-cumbria-street.csv", StreetCsv.crimes(2, "g", "2019-01", CUMBRIA));
                            StreetCsv.write(f, "2019-02-cumbria-street.csv", List.of(Row.crime("b", "2019-02", CUMBRIA).set("Crime type", "?")));
                            return f;
                        }),
                // archives
                refused("two entries with the same name", "the archive holds two entries named 2019-01/2019-01-cumbria-street.csv",
                        f -> StreetArchives.duplicateEntries(f.resolve("twice.zip"), "2019-01/2019-01-cumbria-street.csv",
                                januaryContent(1), januaryContent(2))),
                refused("entry escaping the archive", "archive entry path points outside the archive",
                        zipOf("../2019-01-cumbria-street.csv", januaryContent(1))),
                refused("entry with an absolute path", "archive entry path points outside the archive",
                        zipOf("/tmp/2019-01-cumbria-street.csv", januaryContent(1))),
                refused("entry with a drive letter", "archive entry path points outside the archive",
                        zipOf("C:/2019-01/2019-01-cumbria-street.csv", januaryContent(1))),
                refused("text file named .zip", "not a readable zip archive",
                        f -> StreetCsv.writeText(f, "archive.zip", januaryContent(1))),
                refused("empty .zip file", "not a readable zip archive", f -> StreetCsv.writeText(f, "archive.zip", "")),
                refused("truncated zip", "not a readable zip archive",
                        f -> {
                            Path zip = StreetCsv.zip(f.resolve("archive.zip"), Map.of("2019-01/2019-01-cumbria-street.csv", januaryContent(50)));
                            byte[] bytes = Files.readAllBytes(zip);
                            Files.write(zip, java.util.Arrays.copyOf(bytes, bytes.length / 2));
                            return zip;
                        }),
                refused("entry longer than it declares", "could not be read",
                        f -> {
                            Path zip = StreetCsv.zip(f.resolve("archive.zip"), Map.of("2019-01/2019-01-cumbria-street.csv", januaryContent(3)));
                            StreetCsv.declareUncompressedSize(zip, 100);
                            return zip;
                        }),
                refused("zip bomb entry", "times its compressed size; at most 200 is accepted",
                        f -> StreetCsv.zipBytes(f.resolve("bomb.zip"), Map.of("2019-01/2019-01-cumbria-street.csv", new byte[8 << 20]))),
                refused("street file inside a zip with a NUL", "!2019-01/2019-01-cumbria-street.csv, line 2, column Crime ID: a NUL byte",
                        zipOf("2019-01/2019-01-cumbria-street.csv", StreetCsv.content(List.of(jan("a\0"))))),
                refused("zip of documentation only", "no data files found", zipOf("README.txt", "nothing here")),
                refused("zip inside a zip", "format not recognised from its content",
                        f -> {
                            Path inner = StreetCsv.zip(Files.createDirectories(f.resolve("inner")).resolve("inner.zip"),
                                    Map.of("2019-01/2019-01-cumbria-street.csv", januaryContent(1)));
                            return StreetCsv.zipBytes(f.resolve("outer.zip"), Map.of("nested.bin", Files.readAllBytes(inner)));
                        }),
                refused("binary garbage", "format not recognised from its content",
                        f -> {
                            Path file = f.resolve("data.bin");
                            Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3});
                            return file;
                        }),
                refused("empty folder", "no data files found", f -> f),
                // not regular files
                refused("named pipe", "not a regular file (a named pipe, device or socket)", fifo(false)),
                refused("symbolic link to a named pipe", "not a regular file (a named pipe, device or socket)", fifo(true)),
                refused("character device", "not a regular file (a named pipe, device or socket)", f -> Path.of("/dev/null")),
                refused("path that does not exist", "no such file or folder", f -> f.resolve("2019-01-cumbria-street.csv")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void is_refused_with_its_message_and_the_store_unchanged(Case hostile) throws Exception {
        Path folder = Files.createDirectories(root.resolve("cases").resolve(hostile.name().replaceAll("[^A-Za-z0-9]+", "-")));
        Path input = hostile.maker().make(folder);

        CliRun run = CliRun.of("ingest", "--store", store.toString(), input.toString());

        assertThat(run.exitCode()).as(run.err()).isNotZero();
        assertThat(run.err()).contains(hostile.fragment()).doesNotContain("Exception", "\tat ");
        assertThat(FileDigest.sha256(store)).isEqualTo(before);
        try (Stream<Path> beside = Files.list(store.getParent())) {
            assertThat(beside.map(p -> p.getFileName().toString()).toList()).containsExactly("ncpm.duckdb");
        }
    }

    @org.junit.jupiter.api.Test
    void the_corpus_has_at_least_forty_inputs() {
        assertThat(cases().count()).isGreaterThanOrEqualTo(40);
        assertThat(cases().map(Case::name).distinct().count()).isEqualTo(cases().count());
    }
}
