import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The floor for ingest: DuckDB's own CSV reader loading the unzipped street files into a table of
 * a fresh file database, with no validation at all. Run from the project directory:
 *
 * <pre>java -cp "target/lib/*" bench/ReadCsvFloor.java UNZIPPED_DIR NEW_DB_FILE</pre>
 *
 * Prints {@code rows=N millis=M} (M is the time of the CREATE TABLE statement alone).
 */
public final class ReadCsvFloor {

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java -cp \"target/lib/*\" bench/ReadCsvFloor.java UNZIPPED_DIR NEW_DB_FILE");
            System.exit(2);
        }
        Path dir = Path.of(args[0]).toAbsolutePath();
        Path db = Path.of(args[1]).toAbsolutePath();
        if (Files.exists(db)) {
            System.err.println("refusing to reuse " + db + ": the floor loads into a fresh database file");
            System.exit(2);
        }
        String glob = dir.resolve("*").resolve("*-street.csv").toString().replace("'", "''");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + db);
             Statement statement = connection.createStatement()) {
            long started = System.nanoTime();
            statement.execute("CREATE TABLE t AS SELECT * FROM read_csv('" + glob + "', header = true)");
            long millis = (System.nanoTime() - started) / 1_000_000;
            try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM t")) {
                rs.next();
                System.out.println("rows=" + rs.getLong(1) + " millis=" + millis);
            }
        }
    }
}
