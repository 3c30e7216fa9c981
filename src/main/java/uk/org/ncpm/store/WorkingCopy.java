package uk.org.ncpm.store;

import uk.org.ncpm.catalogue.Catalogue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A change to the store made in a copy of its file, which replaces the original only once the change
 * is complete and on disk: copy, write, checkpoint, fsync, atomic rename. Until the rename the
 * original is never opened for writing, so a change that fails for any reason (a full disk, a
 * killed process) leaves it byte-for-byte as it was.
 *
 * <p>Why not DuckDB alone: a rolled-back transaction still writes to the database file (large
 * inserts are written to new blocks before commit, and the file grows), and a checkpoint that
 * fails on a full disk leaves it grown (measured: 4.7 → 50 MB, "nothing was stored"). DuckDB keeps
 * the data consistent; it does not promise the same bytes.
 *
 * <p>The copy sits beside the store ({@code .ncpm.duckdb.working-<pid>}) so the rename stays on one
 * filesystem. Callers hold the {@link StoreLock}.
 */
public final class WorkingCopy implements AutoCloseable {

    /** A step between writing the copy and replacing the original: tests put a failure here. */
    @FunctionalInterface
    interface Step {
        void run(Path copy) throws IOException;
    }

    private final Path named;
    private final Path original;
    private final Path copy;
    private final Step beforeRename;
    private Store opened;
    private boolean replaced;

    private WorkingCopy(Path named, Path original, Path copy, Step beforeRename) {
        this.named = named;
        this.original = original;
        this.copy = copy;
        this.beforeRename = beforeRename;
    }

    /** Copies the store (if there is one yet) to its working copy. */
    public static WorkingCopy of(Path store) throws StoreException {
        return of(store, copy -> { });
    }

    static WorkingCopy of(Path store, Step beforeRename) throws StoreException {
        Path absolute = store.toAbsolutePath().normalize();
        Path copy = absolute.resolveSibling("." + absolute.getFileName() + ".working-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(absolute.getParent());
            removeAbandoned(absolute);
            deleteWithWal(copy);
            if (Files.exists(absolute)) {
                foldInWal(absolute);
                Files.copy(absolute, copy, StandardCopyOption.COPY_ATTRIBUTES);
            }
            return new WorkingCopy(store, absolute, copy, beforeRename);
        } catch (IOException | SQLException e) {
            throw new StoreException("store " + store + ": a working copy could not be made beside it (the store is unchanged): "
                    + e.getMessage(), e);
        }
    }

    /** Opens the working copy (migrations and catalogue applied to the copy, not the original). */
    public Store open(Catalogue catalogue) throws StoreException {
        if (opened != null) {
            throw new IllegalStateException("working copy " + copy + " is already open");
        }
        opened = Store.open(copy, catalogue, named);
        return opened;
    }

    /** Makes the copy the store: checkpoint, close, fsync, atomic rename, fsync of the folder. */
    public void replaceOriginal() throws StoreException {
        try {
            if (opened != null) {
                try (Statement statement = opened.connection().createStatement()) {
                    statement.execute("CHECKPOINT");
                }
                opened.close();
                opened = null;
            }
            if (Files.exists(wal(copy))) {
                throw new IOException("the working copy still has a write-ahead log after its checkpoint");
            }
            force(copy, false);
            beforeRename.run(copy);
            try {
                Files.move(copy, original, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the store's folder does not support an atomic rename", e);
            }
            replaced = true;
            force(original.getParent(), true);
        } catch (IOException | SQLException e) {
            throw new StoreException("store " + named + ": the change could not be committed, nothing was stored "
                    + "(the store file is unchanged): " + e.getMessage(), e);
        }
    }

    /** Discards the copy unless it replaced the original. */
    @Override
    public void close() throws StoreException {
        StoreException failure = null;
        if (opened != null) {
            try {
                opened.close();
            } catch (StoreException e) {
                failure = e;
            }
            opened = null;
        }
        if (!replaced) {
            try {
                deleteWithWal(copy);
            } catch (IOException e) {
                StoreException cleanup = new StoreException("working copy " + copy + " could not be removed: " + e.getMessage(), e);
                if (failure != null) {
                    failure.addSuppressed(cleanup);
                } else {
                    failure = cleanup;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Working copies of runs that were killed (their pid no longer runs): the store never depended on them. */
    private static void removeAbandoned(Path store) throws IOException {
        String prefix = "." + store.getFileName() + ".working-";
        try (java.util.stream.Stream<Path> list = Files.list(store.getParent())) {
            for (Path candidate : list.toList()) {
                String name = candidate.getFileName().toString();
                if (!name.startsWith(prefix) || name.endsWith(".wal")) {
                    continue;
                }
                try {
                    long pid = Long.parseLong(name.substring(prefix.length()));
                    if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                        deleteWithWal(candidate);
                    }
                } catch (NumberFormatException e) {
                    // not one of ours
                }
            }
        }
    }

    /** A write-ahead log left by a crash is folded into the store first: the copy must hold everything. */
    private static void foldInWal(Path store) throws SQLException {
        if (Files.exists(wal(store))) {
            try (var connection = java.sql.DriverManager.getConnection("jdbc:duckdb:" + store);
                 Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT");
            }
        }
    }

    private static Path wal(Path store) {
        return store.resolveSibling(store.getFileName() + ".wal");
    }

    private static void deleteWithWal(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(wal(file));
    }

    private static void force(Path path, boolean folder) throws IOException {
        try (FileChannel channel = FileChannel.open(path, folder ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }
}
