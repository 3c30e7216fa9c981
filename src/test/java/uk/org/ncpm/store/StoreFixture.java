package uk.org.ncpm.store;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.ingest.IngestFailure;
import uk.org.ncpm.ingest.StagingArea;
import uk.org.ncpm.ingest.StreetBatch;
import uk.org.ncpm.ingest.Ingest;
import uk.org.ncpm.ingest.IngestBatch;
import uk.org.ncpm.ingest.StreetFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Runs an ingest the way the CLI does: read and validate, then open the store, commit, close. */
final class StoreFixture {

    static final Catalogue CATALOGUE = Catalogue.bundled();
    static final Instant NOW = Instant.parse("2024-05-01T09:30:00Z");

    private final Path store;

    StoreFixture(Path store) {
        this.store = store;
    }

    List<VintageOutcome<StreetFile>> ingest(Path... files) throws IOException, IngestFailure, StoreException {
        return commit(files).streets();
    }

    /** The whole outcome of a run: street files and tables. */
    CommitResult commit(Path... files) throws IOException, IngestFailure, StoreException {
        try (StagingArea staging = StagingArea.create()) {
            IngestBatch batch = Ingest.withDefaults(CATALOGUE).read(List.of(files), staging);
            try (Store opened = Store.open(store, CATALOGUE)) {
                return new Vintages(opened, CATALOGUE).commit(batch, NOW);
            }
        }
    }

    /** Each row of a query as its columns joined by ' ' (NULL as "null"). */
    List<String> query(String sql) throws StoreException, SQLException {
        try (Store opened = Store.open(store, CATALOGUE);
             Statement statement = opened.connection().createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i == 1 ? "" : " ").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
            return rows;
        }
    }

    String sha256() throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(store)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
