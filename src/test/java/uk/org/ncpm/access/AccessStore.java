package uk.org.ncpm.access;

import uk.org.ncpm.catalogue.Catalogue;
import uk.org.ncpm.store.Store;
import uk.org.ncpm.store.StoreException;
import uk.org.ncpm.store.StoreLock;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A store with users in it, for the access tests; and a way to make it busy as another process's command would. */
public final class AccessStore {

    public static final Catalogue CATALOGUE = Catalogue.bundled();

    private AccessStore() {
    }

    /** Creates the store with these users, each with this password. */
    public static Path with(Path store, String password, User... users) throws Exception {
        try (Store opened = Store.open(store, CATALOGUE)) {
            Users accounts = new Users(opened, CATALOGUE);
            for (User user : users) {
                accounts.add(user, Optional.of(Passwords.hash(password.toCharArray())), Instant.parse("2025-01-01T00:00:00Z"));
            }
        }
        return store;
    }

    public static User user(String name, Role role, String force) {
        return new User(name, name.substring(0, 1).toUpperCase() + name.substring(1), role, Optional.ofNullable(force));
    }

    /** The audit log's rows as "actor action target outcome", oldest first. */
    public static List<String> auditRows(Path store) throws StoreException {
        try (Store opened = Store.open(store, CATALOGUE)) {
            List<String> rows = new ArrayList<>();
            for (AuditLog.Entry e : new AuditLog(opened).list(Optional.empty(), 0, 10_000)) {
                rows.add(0, e.event().actor() + " " + e.event().action() + " " + e.event().target().orElse("-") + " "
                        + e.event().outcome().id());
            }
            return rows;
        }
    }

    /** Another live process holds the store's lock until the returned process is destroyed. */
    public static Process busy(Path store) throws IOException {
        Process sleeper = new ProcessBuilder("sleep", "120").start();
        Files.writeString(StoreLock.fileOf(store), sleeper.pid() + " ncpm ingest\n", StandardCharsets.UTF_8);
        return sleeper;
    }

    public static void free(Path store, Process sleeper) throws IOException {
        sleeper.destroy();
        Files.deleteIfExists(StoreLock.fileOf(store));
    }

    /** Whether the bytes of the store's files (and its journal) contain the text anywhere. */
    public static boolean anyFileContains(Path dir, String text) throws IOException {
        byte[] wanted = text.getBytes(StandardCharsets.UTF_8);
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                for (int i = 0; i + wanted.length <= bytes.length; i++) {
                    if (java.util.Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
