package uk.org.ncpm.ingest;

import java.util.Optional;

/**
 * An input the user gave cannot be ingested. The message names the file and, where known, the line
 * and the field, then what was expected and what was found.
 */
public class IngestException extends Exception {

    private final String file;
    private final Long line;
    private final String field;
    private final String problem;

    public IngestException(String file, Long line, String field, String problem) {
        super(describe(file, line, field, problem));
        this.file = file;
        this.line = line;
        this.field = field;
        this.problem = problem;
    }

    public static IngestException ofFile(String file, String problem) {
        return new IngestException(file, null, null, problem);
    }

    public static IngestException ofFile(String file, String problem, Throwable cause) {
        IngestException e = ofFile(file, problem);
        e.initCause(cause);
        return e;
    }

    private static String describe(String file, Long line, String field, String problem) {
        StringBuilder message = new StringBuilder("file ").append(file);
        if (line != null) {
            message.append(", line ").append(line);
        }
        if (field != null) {
            message.append(", column ").append(field);
        }
        return message.append(": ").append(problem).toString();
    }

    public String file() {
        return file;
    }

    public Optional<Long> line() {
        return Optional.ofNullable(line);
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    public String problem() {
        return problem;
    }
}
