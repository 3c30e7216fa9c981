package uk.org.ncpm.ingest.homeoffice;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import uk.org.ncpm.ingest.IngestException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A CSV file whose first line is the header (UTF-8, an optional byte-order mark). */
final class CsvTableReader {

    private CsvTableReader() {
    }

    static RawTable read(String file, byte[] bytes) throws IngestException {
        try (CsvReader<CsvRecord> csv = reader(bytes)) {
            RowPosition headerPosition = null;
            List<String> header = List.of();
            List<RawTable.Row> rows = new ArrayList<>();
            for (CsvRecord record : csv) {
                RowPosition position = RowPosition.line(file, record.getStartingLineNumber());
                if (headerPosition == null) {
                    headerPosition = position;
                    header = record.getFields().stream().map(String::strip).toList();
                } else if (!(record.getFieldCount() == 1 && record.getField(0).isBlank())) {
                    rows.add(new RawTable.Row(position, List.copyOf(record.getFields())));
                }
            }
            if (headerPosition == null) {
                throw IngestException.ofFile(file, "empty file: no header line");
            }
            return new RawTable(headerPosition, header, rows);
        } catch (CsvParseException e) {
            throw IngestException.ofFile(file, "not valid CSV: " + e.getMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            throw IngestException.ofFile(file, "could not be read: " + e.getMessage(), e);
        }
    }

    /** The column names on the first line, or empty when the bytes do not look like text with a header. */
    static Optional<List<String>> header(byte[] bytes) {
        try (CsvReader<CsvRecord> csv = reader(bytes)) {
            return csv.stream().findFirst().map(r -> r.getFields().stream().map(String::strip).toList());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static CsvReader<CsvRecord> reader(byte[] bytes) {
        return CsvReader.builder().allowMissingFields(true).allowExtraFields(true).detectBomHeader(true)
                .skipEmptyLines(true).ofCsvRecord(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
    }
}
