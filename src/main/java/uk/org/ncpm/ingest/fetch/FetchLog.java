package uk.org.ncpm.ingest.fetch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code fetch-log.json} in the downloads folder: one {@link FetchLogEntry} per URL. Written whole
 * to a temporary file and renamed, so a crash leaves the previous log, never half of one.
 */
public final class FetchLog {

    public static final String FILE_NAME = "fetch-log.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private record Document(List<FetchLogEntry> downloads) {
    }

    private final Path file;
    private final Map<String, FetchLogEntry> entries;

    private FetchLog(Path file, Map<String, FetchLogEntry> entries) {
        this.file = file;
        this.entries = entries;
    }

    static FetchLog load(Path downloads) throws FetchException {
        Path file = downloads.resolve(FILE_NAME);
        Map<String, FetchLogEntry> entries = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            try {
                Document document = JSON.readValue(file.toFile(), Document.class);
                if (document.downloads() != null) {
                    document.downloads().forEach(e -> entries.put(e.url(), e));
                }
            } catch (IOException e) {
                throw new FetchException(file + ": not a readable fetch log (" + PoliteClient.reason(e)
                        + "); move it aside to start afresh", e);
            }
        }
        return new FetchLog(file, entries);
    }

    public Optional<FetchLogEntry> entry(String url) {
        return Optional.ofNullable(entries.get(url));
    }

    /** Records that these months of the archive at {@code url}, as last downloaded, are in the store. */
    public void ingestedMonths(String url, java.util.Set<java.time.YearMonth> months) throws FetchException {
        put(entries.get(url).withMonths(months));
    }

    /** Records that the table file at {@code url}, as last downloaded, is in the store. */
    public void ingested(String url) throws FetchException {
        put(entries.get(url).asIngested());
    }

    boolean usesFile(String name) {
        return entries.values().stream().anyMatch(e -> e.file().equals(name));
    }

    public void put(FetchLogEntry entry) throws FetchException {
        entries.put(entry.url(), entry);
        Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
        try {
            JSON.writeValue(temporary.toFile(), new Document(new ArrayList<>(entries.values())));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new FetchException(file + ": could not be written (" + PoliteClient.reason(e) + ")", e);
        }
    }
}
