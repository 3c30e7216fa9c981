package uk.org.ncpm.ingest;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.catalogue.Force;
import uk.org.ncpm.catalogue.NonTerritorialBody;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static uk.org.ncpm.ingest.PoliceUkStreetFormat.*;

/**
 * Reads one data.police.uk street file as a stream: checks the header and every row against the
 * file's name, hashes the bytes, and stages the normalised rows. Any broken rule fails the file
 * with its line and column.
 */
final class StreetFileReader {

    private final Catalogue catalogue;
    private final PlainStreetFile plain;

    StreetFileReader(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.plain = new PlainStreetFile(catalogue);
    }

    /** Reads the file from its bytes if it is in the plain published form, else (or if it breaks a rule) along the general path. */
    StreetFile read(int job, SourceEntry source, StreetFileName name, StagingArea staging) throws IngestException {
        String file = source.displayName();
        Publisher publisher = publisher(file, name.publisher());
        Optional<StreetFile> read = plain.read(job, source, name, publisher, staging);
        if (read.isPresent()) {
            return read.get();
        }
        return readDecoded(job, source, name, publisher, staging);
    }

    /** The general path: any CSV FastCSV reads, decoded from UTF-8, every rule refused with its line and column. */
    StreetFile readDecoded(int job, SourceEntry source, StreetFileName name, Publisher publisher, StagingArea staging)
            throws IngestException {
        String file = source.displayName();
        MessageDigest sha256 = sha256();
        BoundedInputStream counted;
        try (InputStream raw = source.open();
             DigestInputStream in = new DigestInputStream(counted = new BoundedInputStream(raw, Long.MAX_VALUE, file), sha256)) {
            Tally tally;
            Path staged = null;
            try (StagingWriter writer = publisher.force().isPresent() ? staging.writer(job) : null;
                 CsvReader<CsvRecord> csv = CsvReader.builder()
                         .allowMissingFields(true).allowExtraFields(true)
                         .ofCsvRecord(StreetText.decode(in))) {
                staged = writer == null ? null : writer.file();
                tally = readRows(file, name, publisher, csv, writer, Integer.toString(job));
                in.transferTo(OutputStream.nullOutputStream());
            }
            return new StreetFile(job, source, name.month(), name.publisher(), publisher.force().map(Force::code),
                    HexFormat.of().formatHex(sha256.digest()), counted.count(), tally.rows, tally.crimes, tally.asb, tally.duplicates,
                    tally.identical,
                    publisher.setAsideReason(), tally.sample, Optional.ofNullable(staged));
        } catch (CsvParseException e) {
            throw IngestException.ofFile(file, "not valid CSV: " + e.getMessage(), e);
        } catch (StagingFailure e) {
            throw IngestException.ofFile(file, "its rows could not be staged beside the store (" + staging.folder()
                    + "): " + e.getMessage(), e);
        } catch (IOException e) {
            throw IngestException.ofFile(file, "could not be read: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            // FastCSV's record iterator wraps read failures (truncated zip data, an entry longer than declared)
            throw IngestException.ofFile(file, "could not be read: " + e.getCause().getMessage(), e);
        }
    }

    private Tally readRows(String file, StreetFileName name, Publisher publisher, CsvReader<CsvRecord> csv,
                           StagingWriter writer, String job) throws IngestException, IOException {
        Tally tally = new Tally();
        String month = name.month().toString();
        Map<String, Boolean> namesSeen = new HashMap<>();
        boolean header = true;
        for (CsvRecord record : csv) {
            long line = record.getStartingLineNumber();
            if (header) {
                checkHeader(file, record);
                header = false;
                continue;
            }
            if (record.getFieldCount() == 1 && record.getField(0).isEmpty()) {
                continue;
            }
            if (record.getFieldCount() != HEADER.size()) {
                int found = record.getFieldCount();
                // Name where the row breaks off (or overflows), so the user can find it in the file.
                String field = found < HEADER.size() ? HEADER.get(found) : "after " + HEADER.get(HEADER.size() - 1);
                throw new IngestException(file, line, field, "expected " + HEADER.size() + " fields, found " + found
                        + (found < HEADER.size() ? " (truncated row: nothing from this column on)" : " (extra fields)"));
            }
            List<String> f = record.getFields();
            StreetText.check(file, line, f, HEADER);
            if (!month.equals(f.get(MONTH))) {
                throw new IngestException(file, line, "Month", "expected " + month + " (the month in the file name), found '"
                        + f.get(MONTH) + "'");
            }
            checkPublisher(file, line, "Reported by", f.get(REPORTED_BY), publisher, namesSeen);
            checkPublisher(file, line, "Falls within", f.get(FALLS_WITHIN), publisher, namesSeen);
            String crimeType = f.get(CRIME_TYPE);
            if (catalogue.policeUkCrimeType(crimeType).isEmpty()) {
                throw new IngestException(file, line, "Crime type", "unknown data.police.uk crime type '" + crimeType
                        + "'; expected one of " + catalogue.policeUkCrimeTypes().keySet().stream().sorted().toList());
            }
            String longitude = coordinate(file, line, "Longitude", f.get(LONGITUDE), 180);
            String latitude = coordinate(file, line, "Latitude", f.get(LATITUDE), 90);
            String crimeId = f.get(CRIME_ID);
            tally.rows++;
            boolean identicalRepeat = false;
            if (crimeId.isEmpty()) {
                tally.asb++;
            } else {
                tally.crimes++;
                identicalRepeat = tally.repeatsAnEarlierRow(crimeId, tally.hasher.digest(f));
            }
            if (!tally.sample && SAMPLE_MARKER.equals(f.get(CONTEXT))) {
                tally.sample = true;
            }
            if (writer != null) {
                writer.write(job, crimeId, crimeType, f.get(LSOA_CODE), longitude, latitude, f.get(OUTCOME), identicalRepeat);
            }
        }
        if (header) {
            throw new IngestException(file, 1L, null, "empty file; expected the data.police.uk header " + String.join(",", HEADER));
        }
        return tally;
    }

    private static void checkHeader(String file, CsvRecord record) throws IngestException {
        List<String> found = record.getFields();
        for (int i = 0; i < HEADER.size(); i++) {
            String actual = i < found.size() ? found.get(i) : null;
            if (!HEADER.get(i).equals(actual)) {
                throw new IngestException(file, record.getStartingLineNumber(), HEADER.get(i),
                        "header column " + (i + 1) + " should be '" + HEADER.get(i) + "', found "
                                + (actual == null ? "nothing" : "'" + actual + "'")
                                + " (not the data.police.uk street header)");
            }
        }
        if (found.size() > HEADER.size()) {
            throw new IngestException(file, record.getStartingLineNumber(), found.get(HEADER.size()),
                    "unexpected extra header column " + (HEADER.size() + 1) + " (not the data.police.uk street header)");
        }
    }

    private void checkPublisher(String file, long line, String field, String value, Publisher publisher,
                                Map<String, Boolean> namesSeen) throws IngestException {
        Boolean ok = namesSeen.get(value);
        if (ok == null) {
            ok = publisher.isNamed(value, catalogue);
            namesSeen.put(value, ok);
        }
        if (!ok) {
            throw new IngestException(file, line, field, "expected " + publisher.displayName()
                    + " (the force in the file name), found '" + value + "'");
        }
    }

    private static String coordinate(String file, long line, String field, String value, int limit)
            throws IngestException {
        if (value.isEmpty() || Coordinate.isWithin(value, limit)) {
            return value.strip();
        }
        throw new IngestException(file, line, field, "expected a number between -" + limit + " and "
                + limit + " or nothing, found '" + value + "'");
    }

    Publisher publisher(String file, String slug) throws IngestException {
        Optional<Force> force = catalogue.forces().territorial().stream().filter(f -> f.slug().equals(slug)).findFirst();
        if (force.isPresent()) {
            return new Publisher(force, Optional.empty());
        }
        Optional<NonTerritorialBody> body = catalogue.forces().nonTerritorial().stream()
                .filter(b -> b.slug().equals(slug)).findFirst();
        if (body.isPresent()) {
            return new Publisher(Optional.empty(), body);
        }
        throw IngestException.ofFile(file, "unknown force '" + slug + "' in the file name; expected a data.police.uk slug such as "
                + "avon-and-somerset, btp or northern-ireland");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** The force or non-territorial body a file belongs to. */
    record Publisher(Optional<Force> force, Optional<NonTerritorialBody> body) {

        boolean isNamed(String name, Catalogue catalogue) {
            if (force.isPresent()) {
                return catalogue.forces().find(name).filter(force.get()::equals).isPresent();
            }
            return catalogue.forces().findNonTerritorial(name).filter(body.get()::equals).isPresent();
        }

        String displayName() {
            return force.map(Force::policeUkName).orElseGet(() -> body.orElseThrow().name());
        }

        Optional<String> setAsideReason() {
            return body.map(b -> "not a territorial force of England and Wales (" + b.name() + "): " + b.reason());
        }
    }

    /**
     * Counts of one file's rows, and what it takes to tell repeats: each Crime ID with the digest of the
     * first row that carried it, and of any later different rows with the same ID.
     */
    static final class Tally {
        long rows;
        long crimes;
        long asb;
        long duplicates;
        long identical;
        final Map<String, RowDigest> firstRows = new HashMap<>(1 << 16);
        final Map<String, java.util.Set<RowDigest>> laterRows = new HashMap<>();
        final RowDigest.Hasher hasher = new RowDigest.Hasher();
        boolean sample;

        /** Counts a crime record; true when it is identical in every column to an earlier row of the file. */
        boolean repeatsAnEarlierRow(String crimeId, RowDigest row) {
            RowDigest first = firstRows.putIfAbsent(crimeId, row);
            if (first == null) {
                return false;
            }
            duplicates++;
            boolean identicalRow = first.equals(row)
                    || !laterRows.computeIfAbsent(crimeId, k -> new java.util.HashSet<>()).add(row);
            if (identicalRow) {
                identical++;
            }
            return identicalRow;
        }
    }
}
