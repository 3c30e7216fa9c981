package uk.org.ncpm.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The right to write to a store, held by one command of one process: a file beside the store
 * ({@code ncpm.duckdb.lock}) holding the writer's pid and command. Taken before any input is read,
 * so a second writer is told at once who is writing rather than reading all its input and then
 * meeting DuckDB's own lock. A lock whose pid is no longer running (a killed run) is taken over.
 * Re-entrant within a process: {@code demo} holds it while it ingests and computes.
 */
public final class StoreLock implements AutoCloseable {

    private static final long PID = ProcessHandle.current().pid();
    private static final Map<Path, Integer> HELD = new HashMap<>();

    private final Path file;

    private StoreLock(Path file) {
        this.file = file;
    }

    /** The lock file of a store: the store's own name with {@code .lock}. */
    public static Path fileOf(Path store) {
        Path absolute = store.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".lock");
    }

    /**
     * Takes the lock for {@code command}, or says who holds it.
     *
     * @throws StoreBusyException another live process holds it
     */
    public static StoreLock take(Path store, String command) throws StoreException {
        Path file = fileOf(store);
        synchronized (HELD) {
            if (HELD.containsKey(file)) {
                HELD.merge(file, 1, Integer::sum);
                return new StoreLock(file);
            }
            try {
                Files.createDirectories(file.getParent());
                for (int attempt = 0; attempt < 5; attempt++) {
                    if (create(file, command)) {
                        HELD.put(file, 1);
                        return new StoreLock(file);
                    }
                    Optional<Holder> holder = Holder.read(file);
                    if (holder.isPresent() && holder.get().running() && holder.get().pid() != PID) {
                        throw busy(store, holder.get());
                    }
                    takeOver(file, holder);
                }
                throw new StoreException("store " + store + ": its lock file " + file + " keeps changing; try again", null);
            } catch (IOException e) {
                throw new StoreException("store " + store + ": the lock file " + file + " could not be written: " + e.getMessage(), e);
            }
        }
    }

    /** Who else is writing to a store now, if anyone. */
    public static Optional<String> writer(Path store) {
        try {
            return Holder.read(fileOf(store)).filter(h -> h.pid() != PID && h.running()).map(Holder::describe);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static StoreBusyException busy(Path store, Holder holder) {
        return new StoreBusyException("the store " + store + " is busy: " + holder.describe()
                + " is writing to it; try again when it has finished");
    }

    /** Creates the lock file with its content in one step: a hard link fails if the name exists. */
    private static boolean create(Path file, String command) throws IOException {
        Path own = file.resolveSibling(file.getFileName() + "." + PID + ".new");
        Files.writeString(own, PID + " " + command + "\n", StandardCharsets.UTF_8);
        try {
            Files.createLink(file, own);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } finally {
            Files.deleteIfExists(own);
        }
    }

    /** Moves a stale lock aside (a rename only one process can win), then removes it. */
    private static void takeOver(Path file, Optional<Holder> seen) throws IOException {
        Path aside = file.resolveSibling(file.getFileName() + "." + PID + ".stale");
        try {
            Files.move(file, aside);
        } catch (NoSuchFileException e) {
            return; // released or taken over meanwhile: try again
        }
        Optional<Holder> moved = Holder.read(aside);
        if (!moved.equals(seen) && moved.isPresent() && moved.get().running()) {
            // A live writer took it between our read and our rename: give it back.
            Files.move(aside, file);
            return;
        }
        Files.deleteIfExists(aside);
    }

    @Override
    public void close() {
        synchronized (HELD) {
            Integer count = HELD.get(file);
            if (count == null) {
                return;
            }
            if (count > 1) {
                HELD.put(file, count - 1);
                return;
            }
            HELD.remove(file);
            try {
                Optional<Holder> holder = Holder.read(file);
                if (holder.isPresent() && holder.get().pid() == PID) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException ignored) {
                // a lock left behind names a pid that is gone: the next writer takes it over
            }
        }
    }

    /** The pid and command a lock file names. */
    record Holder(long pid, String command) {

        static Optional<Holder> read(Path file) throws IOException {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8).strip();
            } catch (NoSuchFileException e) {
                return Optional.empty();
            }
            int space = text.indexOf(' ');
            try {
                long pid = Long.parseLong(space < 0 ? text : text.substring(0, space));
                return Optional.of(new Holder(pid, space < 0 ? "a command" : text.substring(space + 1)));
            } catch (NumberFormatException e) {
                return Optional.empty(); // unreadable: treated as stale
            }
        }

        boolean running() {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }

        String describe() {
            return command + " (pid " + pid + ")";
        }
    }
}
