package uk.org.ncpm.store;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.org.ncpm.ingest.IngestFailure;
import uk.org.ncpm.ingest.TableCsv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static uk.org.ncpm.ingest.TableCsv.lines;
import static uk.org.ncpm.ingest.TableCsv.tidy;

/**
 * Malformed and hostile published tables, each refused with a message naming the file, the line and
 * the column, and the store byte for byte as it was (its sha256 before and after the refused run).
 */
class TableRefusalCorpusTest {

    private static final String PRC_HEADER = "Financial Year,Financial Quarter,Force Name,Offence Description,Offence Group,"
            + "Offence Subgroup,Offence Code,Number of Offences";
    private static final String ROLL_UP_HEADER = "Financial Year,Financial Quarter,Force Name,Offence Group,Number of Offences,Population";
    private static final String MARKERS = "a not-available marker ([x], [c], [z], [low], .., :, -, NA, n/a, * or blank)";

    @TempDir
    static Path dir;
    private static StoreFixture store;

    @BeforeAll
    static void storeWithOneTable() throws Exception {
        store = new StoreFixture(dir.resolve("ncpm.duckdb"));
        Path figures = TableCsv.write(dir, "loaded.csv", tidy(
                "victim-satisfaction,K04000001,2018-07-01,2019-06-30,67.1,65.2,69,percentage,CSEW,"));
        store.commit(figures);
    }

    private static String tidyValue(String value) {
        return tidy("homicide-index,K04000001,2018-04-01,2019-03-31," + value + ",,,count,Home Office Homicide Index,");
    }

    private static String population(String value) {
        return lines("code,name,MYE2018", "E23000002,Cumbria," + value);
    }

    private static String prc(String year, String quarter, String count) {
        return lines(PRC_HEADER, year + "," + quarter + ",Cumbria,Homicide,Violence against the person,Homicide,1/4.1/4.10/4.2," + count);
    }

    private static String rollUp(String year, String count) {
        return lines(ROLL_UP_HEADER, year + ",1,Cumbria,Theft offences," + count + ",498900");
    }

    private static Arguments refused(String name, String text, String fragment) {
        return Arguments.of(name, text, fragment);
    }

    static Stream<Arguments> corpus() {
        List<Arguments> cases = new ArrayList<>();
        // tidy figures: numbers that are not numbers, not finite, or not exact
        for (String value : List.of("1e999", "-1e999", "1E400", "9007199254740993", "1e16", "1e308", "12345678901234567890")) {
            cases.add(refused("tidy value " + value, tidyValue(value),
                    "line 2, column value: expected a number as a finite number no larger than 2^53 (9007199254740992), found '" + value + "'"));
        }
        for (String value : List.of("NaN", "Infinity", "-Infinity", "+Inf", "many", "about 20", "[y]", "[u]", "[note 3]",
                "12 apples", "0x10", "1..2", "--1", "\u22125", "5 [c]", "1 2", "twelve", "null", "#N/A", "#DIV/0!",
                "1e", ".", "e5")) {
            cases.add(refused("tidy value " + value, tidyValue(value),
                    "line 2, column value: expected a number or " + MARKERS + ", found '" + value + "'"));
        }
        cases.add(refused("tidy value 1,23", tidyValue("\"1,23\""), "line 2, column value: expected a number or " + MARKERS
                + ", found '1,23'"));
        cases.add(refused("tidy negative count", tidyValue("-5"), "line 2, column value: expected a count of zero or more, found -5"));
        cases.add(refused("tidy negative persons", tidy("homicide-index,K04000001,2018-04-01,2019-03-31,-1,,,persons,X,"),
                "line 2, column value: expected a count of zero or more, found -1"));
        cases.add(refused("tidy bound NaN", tidy("victim-satisfaction,K04000001,2018-07-01,2019-06-30,67.1,NaN,69,percentage,CSEW,"),
                "line 2, column lower: expected a number or " + MARKERS + ", found 'NaN'"));
        cases.add(refused("tidy bound 1e999", tidy("victim-satisfaction,K04000001,2018-07-01,2019-06-30,67.1,65,1e999,percentage,CSEW,"),
                "line 2, column upper: expected a number as a finite number no larger than 2^53"));
        cases.add(refused("tidy bound marker", tidy("victim-satisfaction,K04000001,2018-07-01,2019-06-30,67.1,[x],69,percentage,CSEW,"),
                "line 2, column lower: expected a number or nothing, found '[x]'"));
        cases.add(refused("tidy marker with bounds", tidy("victim-satisfaction,K04000001,2018-07-01,2019-06-30,[c],65,69,percentage,CSEW,"),
                "line 2, column lower: a value marked not available ('[c]') cannot have bounds"));
        cases.add(refused("tidy period in 2999", tidy("homicide-index,K04000001,2999-01-01,2999-01-31,5,,,count,X,"),
                "line 2, column period_start: expected a date from 2000-01 to "));
        cases.add(refused("tidy period end in 2999", tidy("homicide-index,K04000001,2019-01-01,2999-01-31,5,,,count,X,"),
                "line 2, column period_end: expected a date from 2000-01 to "));
        cases.add(refused("tidy period before 2000", tidy("homicide-index,K04000001,1999-12-01,2000-11-30,5,,,count,X,"),
                "line 2, column period_start: expected a date from 2000-01 to "));
        cases.add(refused("tidy period in 1900", tidy("homicide-index,K04000001,1900-01-01,1900-12-31,5,,,count,X,"),
                "found 1900-01-01"));
        cases.add(refused("tidy header only", tidy(), "line 2: holds no rows after the header"));
        cases.add(refused("tidy header and blank lines", tidy("", ""), "line 2: holds no rows after the header"));
        cases.add(refused("tidy duplicate, different values", tidy(
                "homicide-index,K04000001,2018-04-01,2019-03-31,600,,,count,X,",
                "homicide-index,K04000001,2018-04-01,2019-03-31,601,,,count,X,"), "line 3: repeats the figure on line 2"));
        // populations
        for (String value : List.of("0", "0.0", "-5", "-0.5")) {
            cases.add(refused("population " + value, population(value),
                    "line 2, column MYE2018: expected a population above zero, found " + value));
        }
        for (String value : List.of("many", "NaN", "Infinity", "about 1.5m", "1.5m", "[u]")) {
            cases.add(refused("population " + value, population(value), "line 2, column MYE2018: expected a population "
                    + "(a number of persons) or " + MARKERS + ", found '" + value + "'"));
        }
        for (String value : List.of("1e999", "9007199254740993")) {
            cases.add(refused("population " + value, population(value), "line 2, column MYE2018: expected a population "
                    + "(a number of persons) as a finite number no larger than 2^53"));
        }
        cases.add(refused("population repeated code, different values",
                lines("code,name,MYE2018", "E23000002,Cumbria,498900", "E23000002,Cumbria,498901"),
                "line 3, column MYE2018: area E23000002 is already given for mid-2018 at line 2, column MYE2018 "
                        + "with a different population (498900, here 498901)"));
        cases.add(refused("population repeated code, value and marker",
                lines("code,name,MYE2018", "E23000002,Cumbria,498900", "E23000002,Cumbria,[x]"),
                "with a different population (498900, here '[x]')"));
        cases.add(refused("population header only", lines("code,name,MYE2018"), "line 2: holds no rows after the header"));
        cases.add(refused("population mid-2999", lines("code,name,MYE2999", "E23000002,Cumbria,498900"),
                "line 1, column MYE2999: expected a date from 2000-01 to "));
        cases.add(refused("population mid-1999", lines("code,name,MYE1999", "E23000002,Cumbria,498900"),
                "line 1, column MYE1999: expected a date from 2000-01 to "));
        cases.add(refused("population thousands 0", lines("Police Force,Mid 2001", "Kent,0"),
                "line 2, column Mid 2001: expected a population above zero, found 0"));
        cases.add(refused("population thousands many", lines("Police Force,Mid 2001", "Kent,many"),
                "line 2, column Mid 2001: expected a population (a number of persons) or " + MARKERS + ", found 'many'"));
        // Home Office open data tables
        for (String count : List.of("1e999", "NaN", "Infinity", "9007199254740993", "many", "1.5", "[u]")) {
            cases.add(refused("open data count " + count, prc("2017/18", "1", count),
                    "line 2, column Number of Offences: expected a whole number of offences or " + MARKERS + ", found '"
                            + count + "'"));
        }
        cases.add(refused("open data negative quarter", prc("2017/18", "1", "-5"),
                "line 2, column Number of Offences: the rows for homicide, E23000002, 2017/18 Q1 (line 2) add up to -5; "
                        + "expected a count of zero or more"));
        cases.add(refused("open data header only", lines(PRC_HEADER), ": holds no rows after the header"));
        cases.add(refused("open data year 2999", prc("2999/00", "1", "5"),
                "line 2, column Financial Year: 2999/00 Q1: expected a date from 2000-01 to "));
        cases.add(refused("open data year 1999", prc("1999/00", "3", "5"),
                "line 2, column Financial Year: 1999/00 Q3: expected a date from 2000-01 to "));
        cases.add(refused("open data quarter 5", prc("2017/18", "5", "5"),
                "line 2, column Financial Quarter: expected a financial quarter 1, 2, 3 or 4, found '5'"));
        // the third-party roll-up
        for (String count : List.of("NaN", "1e999", "many", "-")) {
            cases.add(refused("roll-up count " + count, rollUp("2017/18", count),
                    "line 2, column Number of Offences: expected a whole number of offences, found '" + count + "'"));
        }
        cases.add(refused("roll-up negative count", rollUp("2017/18", "-1"),
                "line 2, column Number of Offences: expected a count of zero or more, found '-1'"));
        cases.add(refused("roll-up header only", lines(ROLL_UP_HEADER), ": holds no rows after the header"));
        cases.add(refused("roll-up year 2999", rollUp("2999/00", "5"), "line 2, column Financial Year: 2999/00 Q1: expected a date"));
        cases.add(refused("roll-up year 1999", rollUp("1999/00", "5"), "line 2, column Financial Year: 1999/00 Q1: expected a date"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void refuses_with_file_line_and_column_and_leaves_the_store_as_it_was(String name, String text, String fragment)
            throws Exception {
        Path file = TableCsv.write(dir.resolve("case-" + Math.abs(name.hashCode())), "table.csv", text);
        String before = store.sha256();

        assertThatExceptionOfType(IngestFailure.class).as(name).isThrownBy(() -> store.commit(file))
                .satisfies(f -> assertThat(f.errors()).singleElement().satisfies(e -> {
                    assertThat(e.getMessage()).startsWith("file " + file).contains(fragment);
                }));
        assertThat(store.sha256()).isEqualTo(before);
        assertThat(Files.exists(file)).isTrue();
    }
}
