package uk.org.ncpm.ingest;

/**
 * Reads one kind of published table. Tables are small (a few MB), so readers get the whole file;
 * every rule broken is an {@link IngestException} naming file, sheet or line, and field.
 */
public interface TableReader {

    /**
     * @param name  how messages name the file (its path, or archive!entry)
     * @param bytes the whole file
     */
    TableContent read(String name, byte[] bytes) throws IngestException;
}
