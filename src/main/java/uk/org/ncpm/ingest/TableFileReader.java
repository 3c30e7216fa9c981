package uk.org.ncpm.ingest;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.ingest.homeoffice.PrcOpenDataReader;
import uk.org.ncpm.ingest.homeoffice.PrcRollUpReader;
import uk.org.ncpm.ingest.ons.OnsPfaTablesReader;
import uk.org.ncpm.ingest.population.PopulationReader;
import uk.org.ncpm.ingest.tidy.TidyMetricReader;
import uk.org.ncpm.ingest.workforce.PoliceWorkforceReader;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Reads a whole published table, hashes it, and hands it to the reader for its format. */
final class TableFileReader {

    private final Catalogue catalogue;
    private final ArchiveLimits limits;

    TableFileReader(Catalogue catalogue, ArchiveLimits limits) {
        this.catalogue = catalogue;
        this.limits = limits;
    }

    TableFile read(SourceEntry source, SourceFormat fromHead) throws IngestException {
        String name = source.displayName();
        byte[] bytes;
        try (InputStream in = new BoundedInputStream(source.open(), limits.maxEntryBytes(), name)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw IngestException.ofFile(name, "could not be read: " + e.getMessage(), e);
        }
        SourceFormat format = FormatDetector.ofWholeFile(fromHead, bytes);
        TableContent content = reader(name, format).read(name, bytes);
        return new TableFile(source, format, sha256(bytes), bytes.length, content, carriesSampleMarker(bytes));
    }

    private TableReader reader(String name, SourceFormat format) throws IngestException {
        return switch (format) {
            case POPULATION -> new PopulationReader(catalogue);
            case TIDY_METRIC -> new TidyMetricReader(catalogue);
            case HOME_OFFICE_PRC -> new PrcOpenDataReader();
            case PRC_ROLLUP -> new PrcRollUpReader();
            case ONS_PFA_TABLES -> new OnsPfaTablesReader(catalogue);
            case POLICE_WORKFORCE -> new PoliceWorkforceReader(catalogue);
            case POLICE_UK_STREET -> throw new IllegalArgumentException("street files are streamed, not read as tables");
        };
    }

    private static boolean carriesSampleMarker(byte[] bytes) {
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8).contains(PoliceUkStreetFormat.SAMPLE_MARKER);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
