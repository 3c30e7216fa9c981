package uk.org.ncpm.access;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.store.StoreException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The accounts as the server knows them: read from the store into memory, and read again when the store's
 * files change (a `ncpm users` command meanwhile), so the server never holds the store.
 */
public final class UserDirectory {

    /** When the store and its write-ahead log were last changed, and their sizes. */
    private record Stamp(FileTime storeTime, long storeBytes, FileTime walTime, long walBytes) {

        static Stamp of(Path store) {
            Path wal = store.resolveSibling(store.getFileName() + ".wal");
            return new Stamp(time(store), bytes(store), time(wal), bytes(wal));
        }

        private static FileTime time(Path file) {
            try {
                return Files.getLastModifiedTime(file);
            } catch (IOException e) {
                return FileTime.fromMillis(0);
            }
        }

        private static long bytes(Path file) {
            try {
                return Files.size(file);
            } catch (IOException e) {
                return -1;
            }
        }
    }

    private final Path store;
    private final Catalogue catalogue;
    private volatile Map<String, Account> accounts = Map.of();
    private volatile Stamp stamp;

    private UserDirectory(Path store, Catalogue catalogue) {
        this.store = store;
        this.catalogue = catalogue;
    }

    /** The accounts of the store as they are now. */
    public static UserDirectory load(Path store, Catalogue catalogue) throws StoreException {
        UserDirectory directory = new UserDirectory(store, catalogue);
        directory.reload();
        return directory;
    }

    public Optional<Account> find(String username) {
        return Optional.ofNullable(accounts.get(username));
    }

    /** The enabled user of this name, if any. */
    public Optional<User> enabled(String username) {
        return find(username).filter(a -> !a.disabled()).map(Account::user);
    }

    public List<Account> all() {
        return accounts.values().stream().sorted(java.util.Comparator.comparing(Account::username)).toList();
    }

    /** Reads the accounts again if the store changed since they were read; a busy store is tried next time. */
    public boolean reloadIfChanged() {
        if (Stamp.of(store).equals(stamp)) {
            return false;
        }
        try {
            reload();
            return true;
        } catch (StoreException e) {
            return false;
        }
    }

    void reload() throws StoreException {
        try {
            List<Account> read = StoreVisit.during(store, catalogue, "reading users", opened -> new Users(opened, catalogue).list());
            accounts = read.stream().collect(Collectors.toUnmodifiableMap(Account::username, Function.identity()));
            // taken after the store is closed (opening it may write): no command could write meanwhile, the lock was held
            stamp = Stamp.of(store);
        } catch (AccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
