package uk.org.ncpm.catalogue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/** Reads the versioned catalogue data files shipped in {@code src/main/resources/catalogue/}. */
final class CatalogueFiles {

    private static final String FOLDER = "/catalogue/";

    private CatalogueFiles() {
    }

    static <T> List<T> readCsv(String file, Function<NamedCsvRecord, T> row) {
        try (InputStream in = open(file);
             CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(in, StandardCharsets.UTF_8)) {
            return reader.stream().map(record -> {
                try {
                    return row.apply(record);
                } catch (RuntimeException e) {
                    throw new IllegalStateException("catalogue file " + file + ", line "
                            + record.getStartingLineNumber() + ": " + e.getMessage(), e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("catalogue file " + file + " could not be read", e);
        }
    }

    static Properties readProperties(String file) {
        try (InputStream in = open(file)) {
            Properties properties = new Properties();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("catalogue file " + file + " could not be read", e);
        }
    }

    /** A field holding a list separated by ';' (empty field: empty list). */
    static List<String> list(String field) {
        return field.isBlank() ? List.of() : Arrays.stream(field.split(";")).map(String::trim).toList();
    }

    private static InputStream open(String file) throws IOException {
        InputStream in = CatalogueFiles.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IOException("missing from the classpath: " + FOLDER + file);
        }
        return in;
    }
}
