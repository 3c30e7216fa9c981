package uk.org.ncpm.web;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a kept answer is kept under: the path and the query in their canonical spelling (parameters in
 * name order) and the format the answer has. The format, not the raw {@code Accept} header: the
 * endless spellings of that header come to three answers (issue 12), and every other address has
 * one format whatever the header says. The encoding is chosen among the kept answer's variants.
 *
 * @param format "json" or "csv" where the {@code Accept} header chose it ({@link ApiFormat#negotiates}), "" otherwise
 */
record AnswerAddress(String path, String query, String format) {

    /** The address of a request as it came, or empty when its percent-encoding is malformed (a 400, never kept). */
    static Optional<AnswerAddress> of(String rawPath, String rawQuery, String accept) {
        Optional<String> path = PercentEncoding.canonical(rawPath);
        Optional<String> query = rawQuery == null || rawQuery.isEmpty() ? Optional.of("") : canonicalQuery(rawQuery);
        if (path.isEmpty() || query.isEmpty()) {
            return Optional.empty();
        }
        String format = ApiFormat.negotiates(path.get()) ? (ApiFormat.prefersCsv(accept) ? "csv" : "json") : "";
        return Optional.of(new AnswerAddress(path.get(), query.get(), format));
    }

    /** Addresses with a query are endless (anyone can make up {@code ?x=1}, {@code ?x=2}…); pages are not. */
    boolean hasQuery() {
        return !query.isEmpty();
    }

    /** Characters held, for the cache's byte budget. */
    int length() {
        return path.length() + query.length() + format.length();
    }

    /** Parameters sorted by name, stably, so repeated names keep their order (handlers read the first). */
    private static Optional<String> canonicalQuery(String raw) {
        String[] parameters = Arrays.stream(raw.split("&")).filter(p -> !p.isEmpty()).toArray(String[]::new);
        for (int i = 0; i < parameters.length; i++) {
            Optional<String> canonical = PercentEncoding.canonical(parameters[i]);
            if (canonical.isEmpty()) {
                return Optional.empty();
            }
            parameters[i] = canonical.get();
        }
        Arrays.sort(parameters, (a, b) -> name(a).compareTo(name(b)));
        return Optional.of(String.join("&", parameters));
    }

    private static String name(String parameter) {
        int equals = parameter.indexOf('=');
        return equals < 0 ? parameter : parameter.substring(0, equals);
    }
}
