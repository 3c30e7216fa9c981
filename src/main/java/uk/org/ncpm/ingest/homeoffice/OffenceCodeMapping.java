package uk.org.ncpm.ingest.homeoffice;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import uk.org.ncpm.catalogue.Catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which series each row of the Home Office open data tables counts in, from the versioned file
 * {@code catalogue/home-office-offence-codes.csv}. A rule matches an offence code, every code
 * ({@code *}) or an offence group, and includes rows in a series or excludes them from it; a row
 * counts in a series when an include rule of that series matches it and no exclude rule does.
 * Codes no rule names count in no series but those with a {@code *} rule (total recorded crime).
 */
final class OffenceCodeMapping {

    static final String FILE = "/catalogue/home-office-offence-codes.csv";
    private static final String EVERY_CODE = "*";

    private final List<Rule> rules;

    OffenceCodeMapping(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The mapping shipped with the product, checked against the bundled catalogue's series. */
    static OffenceCodeMapping bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * @param code  offence code or {@code *}; empty when the rule names a group
     * @param group offence group; empty when the rule names a code
     */
    record Rule(String code, String group, String seriesId, boolean include) {

        boolean matches(String rowCode, String rowGroup) {
            return code.isEmpty() ? group.equalsIgnoreCase(rowGroup) : code.equals(EVERY_CODE) || code.equals(rowCode);
        }

        String describe() {
            return code.isEmpty() ? "offence group " + group : code.equals(EVERY_CODE) ? "every offence code" : "code " + code;
        }
    }

    /** The series a row counts in, in the file's order of series. */
    List<String> seriesOf(String code, String group) {
        LinkedHashSet<String> in = new LinkedHashSet<>();
        for (Rule rule : rules) {
            if (rule.include() && rule.matches(code, group)) {
                in.add(rule.seriesId());
            }
        }
        for (Rule rule : rules) {
            if (!rule.include() && rule.matches(code, group)) {
                in.remove(rule.seriesId());
            }
        }
        return List.copyOf(in);
    }

    /** Every series the mapping feeds, in the file's order. */
    List<String> seriesIds() {
        return rules.stream().map(Rule::seriesId).distinct().toList();
    }

    /** What a series sums, for observation notes: "offence codes 45, 48, 37.2, 126" or "every offence code except …". */
    String describe(String seriesId) {
        List<Rule> of = rules.stream().filter(r -> r.seriesId().equals(seriesId)).toList();
        if (of.stream().allMatch(r -> r.include() && !r.code().isEmpty() && !r.code().equals(EVERY_CODE))) {
            return "offence codes " + of.stream().map(Rule::code).collect(Collectors.joining(", "));
        }
        String included = of.stream().filter(Rule::include).map(Rule::describe).collect(Collectors.joining(", "));
        String excluded = of.stream().filter(r -> !r.include()).map(Rule::describe).collect(Collectors.joining(", "));
        return included + (excluded.isEmpty() ? "" : " except " + excluded);
    }

    private static final class Bundled {
        static final OffenceCodeMapping INSTANCE = load(Catalogue.bundled());
    }

    static OffenceCodeMapping load(Catalogue catalogue) {
        List<Rule> rules = new ArrayList<>();
        try (InputStream in = OffenceCodeMapping.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: " + FILE);
            }
            try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(in, StandardCharsets.UTF_8)) {
                for (NamedCsvRecord r : csv) {
                    rules.add(rule(r, catalogue));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(FILE + " could not be read", e);
        }
        return new OffenceCodeMapping(rules);
    }

    private static Rule rule(NamedCsvRecord r, Catalogue catalogue) {
        String where = FILE + ", line " + r.getStartingLineNumber() + ": ";
        String code = r.getField("offence_code").strip();
        String group = r.getField("offence_group").strip();
        String series = r.getField("series").strip();
        String kind = r.getField("rule").strip().toLowerCase(Locale.ROOT);
        if (code.isEmpty() == group.isEmpty()) {
            throw new IllegalStateException(where + "give either offence_code or offence_group");
        }
        if (!catalogue.isObservable(series)) {
            throw new IllegalStateException(where + "series '" + series + "' is not in the catalogue");
        }
        if (!kind.equals("include") && !kind.equals("exclude")) {
            throw new IllegalStateException(where + "rule must be include or exclude, found '" + kind + "'");
        }
        return new Rule(code, group, series, kind.equals("include"));
    }
}
