package uk.org.ncpm.catalogue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/**
 * Reads the versioned catalogue data files: those shipped in {@code src/main/resources/catalogue/}
 * ({@link #bundled()}), or a folder of crafted ones, so that every check of the loader can be tested.
 * Every error names the file and, for a row, its line.
 */
final class CatalogueFiles {

    /** Where the shipped files are on the classpath. */
    static final String BUNDLED_FOLDER = "/catalogue/";

    private final String where;
    private final Opener opener;

    private interface Opener {
        InputStream open(String file) throws IOException;
    }

    private CatalogueFiles(String where, Opener opener) {
        this.where = where;
        this.opener = opener;
    }

    /** The catalogue shipped with the product, from the classpath. */
    static CatalogueFiles bundled() {
        return new CatalogueFiles("classpath " + BUNDLED_FOLDER, file -> {
            InputStream in = CatalogueFiles.class.getResourceAsStream(BUNDLED_FOLDER + file);
            if (in == null) {
                throw new IOException("missing from the classpath: " + BUNDLED_FOLDER + file);
            }
            return in;
        });
    }

    /** The catalogue files of a folder (tests: crafted catalogues). */
    static CatalogueFiles in(Path folder) {
        return new CatalogueFiles(folder.toString(), file -> {
            try {
                return Files.newInputStream(folder.resolve(file));
            } catch (NoSuchFileException e) {
                throw new IOException("missing from " + folder + ": " + file, e);
            }
        });
    }

    /** A row of a catalogue file with the line it starts on, for error messages about references. */
    record Row<T>(T value, String file, long line) {

        IllegalStateException error(String message) {
            return new IllegalStateException("catalogue file " + file + ", line " + line + ": " + message);
        }
    }

    <T> List<Row<T>> readCsv(String file, Function<NamedCsvRecord, T> row) {
        try (InputStream in = opener.open(file);
             CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(in, StandardCharsets.UTF_8)) {
            return reader.stream().map(record -> {
                try {
                    return new Row<>(row.apply(record), file, record.getStartingLineNumber());
                } catch (RuntimeException e) {
                    throw new IllegalStateException("catalogue file " + file + ", line "
                            + record.getStartingLineNumber() + ": " + e.getMessage(), e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("catalogue file " + file + " could not be read (" + where + ")", e);
        }
    }

    Properties readProperties(String file) {
        try (InputStream in = opener.open(file)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("catalogue file " + file + " could not be read (" + where + ")", e);
        }
    }

    /** The values of rows read by {@link #readCsv}. */
    static <T> List<T> values(List<Row<T>> rows) {
        return rows.stream().map(Row::value).toList();
    }

    /** A field holding a list separated by ';' (empty field: empty list). */
    static List<String> list(String field) {
        return field.isBlank() ? List.of() : Arrays.stream(field.split(";")).map(String::trim).toList();
    }
}
