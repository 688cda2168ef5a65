package org.inclusim.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A hidden working folder ({@code PREFIX<random>}) owned by the live process that writes it:
 * beside it, {@code PREFIX<random>.lock} is held with a {@link LockFile} while it exists. So a
 * folder left by a process that was killed (which no cleanup hook survives) is recognised by
 * anyone later, and removed by {@link #removeStale}; a folder that a live process is writing is
 * never touched. The lock is taken before the folder is created and released after it is gone
 * (moved into place or deleted), so a folder without a held lock is always stale.
 */
public final class StagingFolder implements Closeable {
    private static final String LOCK_SUFFIX = ".lock";

    private final Path path;
    private final LockFile lock;

    private StagingFolder(Path path, LockFile lock) {
        this.path = path;
        this.lock = lock;
    }

    /** Creates an owned folder {@code parent/PREFIX<random>}. */
    public static StagingFolder create(Path parent, String prefix) throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            Path lockFile = Files.createTempFile(parent, prefix, LOCK_SUFFIX);
            Optional<LockFile> lock = LockFile.tryAcquire(lockFile, true);
            if (lock.isEmpty()) {
                continue; // a cleaner holds this brand-new name for a moment: take another
            }
            String name = lockFile.getFileName().toString();
            Path folder = parent.resolve(name.substring(0, name.length() - LOCK_SUFFIX.length()));
            try {
                Files.createDirectory(folder);
                return new StagingFolder(folder, lock.get());
            } catch (IOException e) {
                lock.get().close();
                if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                    throw e;
                }
            }
        }
        throw new IOException(parent + ": cannot create a working folder " + prefix + "...");
    }

    /**
     * Removes the working folders in {@code parent} whose names {@code isStaging} accepts (and their
     * lock files) that no live process owns: those left by a process that was killed.
     */
    public static void removeStale(Path parent, Predicate<String> isStaging) throws IOException {
        List<Path> candidates = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, p -> isStaging.test(p.getFileName().toString()))) {
            entries.forEach(candidates::add);
        }
        for (Path p : candidates) {
            String name = p.getFileName().toString();
            boolean isLock = name.endsWith(LOCK_SUFFIX);
            Path folder = isLock ? parent.resolve(name.substring(0, name.length() - LOCK_SUFFIX.length())) : p;
            Path lockFile = isLock ? p : parent.resolve(name + LOCK_SUFFIX);
            if (!isLock && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (isLock && !Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS)) {
                continue; // already handled through its folder
            }
            Optional<LockFile> lock = LockFile.tryAcquire(lockFile, true);
            if (lock.isPresent()) {
                try (LockFile stale = lock.get()) {
                    Durable.deleteTree(folder);
                }
            }
        }
    }

    public Path path() {
        return path;
    }

    /** Deletes the folder (if still there) and gives up ownership. */
    public void delete() throws IOException {
        try {
            Durable.deleteTree(path);
        } finally {
            close();
        }
    }

    /** Gives up ownership (after the folder was moved into place or deleted). */
    @Override
    public void close() throws IOException {
        lock.close();
    }
}
